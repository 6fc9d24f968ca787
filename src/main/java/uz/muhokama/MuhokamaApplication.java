package uz.muhokama;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Muhokama: drafts for public discussion, a legislation base and problem reports on one base. */
@SpringBootApplication
@EnableScheduling
@Theme("muhokama")
@Meta(name = "theme-color", content = "#0b5cad")
public class MuhokamaApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MuhokamaApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
