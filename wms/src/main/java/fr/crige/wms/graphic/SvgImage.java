package fr.crige.wms.graphic;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.util.Objects;

/**
 * An SVG graphic, drawn as vectors at the requested size by JSVG, so icons stay sharp at any symbol size.
 * JSVG documents are immutable once loaded and may be rendered from several threads.
 */
final class SvgImage implements GraphicImage {

    private final SVGDocument document;
    private final FloatSize size;

    SvgImage(SVGDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        this.size = document.size();
    }

    @Override
    public double width() {
        return size.width;
    }

    @Override
    public double height() {
        return size.height;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Graphics2D copy = (Graphics2D) g.create();
        try {
            document.render(null, copy, new ViewBox(0, 0, (float) width, (float) height));
        } finally {
            copy.dispose();
        }
    }
}
