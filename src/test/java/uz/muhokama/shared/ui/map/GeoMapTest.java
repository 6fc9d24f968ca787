package uz.muhokama.shared.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoMapTest {

    final MapSettings settings = new MapSettings("https://tiles.example.org/{z}/{x}/{y}.png", "© Map data", 41.3,
            69.2, 12);

    @Test
    void the_tile_servers_origin_is_what_the_content_security_policy_allows() {
        assertThat(settings.tileOrigin()).isEqualTo("https://tiles.example.org");
        assertThat(new MapSettings("http://127.0.0.1:9000/t/{z}/{x}/{y}.png", "", 0, 0, 1).tileOrigin())
                .isEqualTo("http://127.0.0.1:9000");
    }

    @Test
    void the_map_hands_the_browser_its_tiles_centre_markers_and_picked_place() {
        GeoMap map = new GeoMap(settings);
        map.setMarkers(List.of(new GeoMap.Marker("r1", new GeoMap.Point(41.31, 69.28), "<b>Suv</b>", "open")));
        map.setPickable(true, "Choose the place");
        map.setPicked(new GeoMap.Point(41.2, 69.1));

        assertThat(map.getElement().getAttribute("tile-url")).isEqualTo(settings.tileUrl());
        assertThat(map.getElement().getProperty("lat", 0.0)).isEqualTo(41.3);
        assertThat(map.getElement().getProperty("pickable", false)).isTrue();
        assertThat(map.getElement().getPropertyRaw("markers").toString()).contains("\"id\":\"r1\"")
                .contains("<b>Suv</b>");
        assertThat(map.getElement().getPropertyRaw("picked").toString()).contains("41.2");
    }
}
