package fr.crige.wms.sld;

import fr.crige.wms.style.Style;
import java.util.List;
import java.util.Optional;

/**
 * A parsed SLD document: for each named layer, the user styles it defines and the catalog styles it names
 * ({@code NamedStyle}). Style files of the catalog hold one layer with one user style; GetMap's {@code SLD}
 * and {@code SLD_BODY} parameters may style several layers.
 */
public record StyledLayerDescriptor(List<StyledLayer> layers) {

    public StyledLayerDescriptor {
        layers = List.copyOf(layers);
    }

    /** The styling of one layer, SLD 1.0 {@code NamedLayer}. */
    public record StyledLayer(String layerName, List<Style> userStyles, List<String> namedStyles) {
        public StyledLayer {
            userStyles = List.copyOf(userStyles);
            namedStyles = List.copyOf(namedStyles);
        }
    }

    /** The first user style of the document, the one a style file of the catalog defines. */
    public Optional<Style> firstUserStyle() {
        return layers.stream().flatMap(l -> l.userStyles().stream()).findFirst();
    }
}
