package fr.crige.wms.sld;

import java.awt.Color;
import javax.xml.stream.XMLStreamReader;

/** Reads SLD colour values: {@code #RRGGBB} as the standard requires, and the CSS shorthand {@code #RGB}. */
final class Colors {

    private Colors() {
    }

    static Color parse(String text, XMLStreamReader r) {
        String hex = text.trim();
        if (hex.matches("#[0-9A-Fa-f]{6}")) {
            return new Color(Integer.parseInt(hex.substring(1), 16));
        }
        if (hex.matches("#[0-9A-Fa-f]{3}")) {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            int red = (rgb >> 8) & 0xF;
            int green = (rgb >> 4) & 0xF;
            int blue = rgb & 0xF;
            return new Color(red * 17, green * 17, blue * 17);
        }
        throw new SldException("Not a colour: '" + text + "'; expected #RRGGBB", r.getLocation());
    }
}
