package fr.crige.ows;

import fr.crige.core.ext.TypedRegistry;

/**
 * The services the server offers, by SERVICE name (case-insensitive). Service plugins register themselves at
 * start-up; an endpoint such as {@code /wfs} exists only when a service of that name is registered.
 */
public final class OwsServiceRegistry extends TypedRegistry<OwsService> {

    public OwsServiceRegistry() {
        super("OWS service");
    }

    /** Registers a service under its own name. */
    public void register(OwsService service) {
        register(service.name(), service);
    }
}
