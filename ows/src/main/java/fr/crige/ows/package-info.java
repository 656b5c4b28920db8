/**
 * The OGC web service plumbing shared by every service plugin.
 *
 * <p>A plugin implements {@link fr.crige.ows.OwsService} (name, versions, exception report format,
 * operations) and registers it in the {@link fr.crige.ows.OwsServiceRegistry} at start-up. The
 * {@link fr.crige.ows.dispatch.OwsDispatcher} then routes requests to it: endpoint from the path, KVP or XML
 * parsing, SERVICE and REQUEST resolution, version negotiation, and OGC exception reports for every failure.
 * {@link fr.crige.ows.servlet.OwsHttpHandler} adapts the dispatcher to the servlet API; nothing else here
 * depends on a web framework.
 */
package fr.crige.ows;
