package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void a_web_address_becomes_a_link_without_the_full_stop_after_it() {
        List<Component> parts = CommentText.parts("Qarang: https://lex.uz/docs/6257288. Rahmat");

        assertThat(parts).hasSize(3);
        Anchor link = (Anchor) parts.get(1);
        assertThat(link.getHref()).isEqualTo("https://lex.uz/docs/6257288");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("nofollow ugc noopener");
        assertThat(((Text) parts.get(2)).getText()).isEqualTo(". Rahmat");
    }

    @Test
    void other_schemes_and_markup_stay_text() {
        List<Component> parts = CommentText.parts("javascript:alert(1) <a href=\"x\">x</a> ftp://host/file");

        assertThat(parts).singleElement().isInstanceOf(Text.class);
    }

    @Test
    void an_address_without_a_host_is_not_a_link() {
        assertThat(CommentText.parts("http:/// bo‘sh")).singleElement().isInstanceOf(Text.class);
    }
}
