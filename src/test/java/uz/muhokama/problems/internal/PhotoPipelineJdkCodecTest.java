package uz.muhokama.problems.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every test of the pipeline again with the JDK's JPEG codec: what runs where libjpeg-turbo is missing. */
class PhotoPipelineJdkCodecTest extends PhotoPipelineTest {

    @Override
    PhotoPipeline pipeline() {
        return new PhotoPipeline(false);
    }

    @Test
    void the_jdk_codec_is_used() {
        assertThat(pipeline().nativeJpeg()).isFalse();
    }
}
