package uz.muhokama.accounts.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a page whether it is shown on a phone, now and whenever the window is resized, so that a grid can drop the
 * columns a narrow screen has no room for (CSS cannot hide a grid column).
 */
final class NarrowScreen {

    static final int MAX_NARROW_PX = 700;

    private NarrowScreen() {
    }

    static void follow(Component view, SerializableConsumer<Boolean> fit) {
        view.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            ExtendedClientDetails details = page.getExtendedClientDetails();
            if (details != null) {
                fit.accept(isNarrow(details.getWindowInnerWidth()));
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> fit.accept(isNarrow(e.getWidth())));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static boolean isNarrow(int width) {
        return width > 0 && width < MAX_NARROW_PX;
    }
}
