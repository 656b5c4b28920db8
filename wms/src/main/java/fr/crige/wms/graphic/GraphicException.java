package fr.crige.wms.graphic;

/** An external graphic that cannot be used: not found, not allowed, or not decodable. */
public final class GraphicException extends RuntimeException {

    public GraphicException(String message) {
        super(message);
    }
}
