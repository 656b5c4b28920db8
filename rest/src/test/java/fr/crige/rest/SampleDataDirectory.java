package fr.crige.rest;

import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.FeatureTypeBuilder;
import fr.crige.core.catalog.LayerGroupInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.catalog.StyleInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the catalog files of the sample data directory ({@code data-dir/}) from its GeoPackage, so that
 * schemas and extents are computed by {@link FeatureTypeBuilder} and never typed by hand. Run it from the
 * rest module's test class path with the data directory as argument, after deleting its
 * {@code workspaces} folder and style {@code .json} files; {@link SampleDataDirectoryTest} checks that the
 * result still matches the data.
 */
public final class SampleDataDirectory {

    static final String WS = "cvl";
    static final String SOURCES = " Sources : INSEE, Etalab, GeoNames, Natural Earth.";
    static final List<String> STYLES = List.of("communes", "departements", "roads", "heat_zones", "trees",
            "point", "line", "polygon", "generic");

    /** Title, abstract and keywords of each published table. */
    record Description(String name, String title, String abstractText, List<String> keywords) {
    }

    static final List<Description> FEATURE_TYPES = List.of(
            new Description("communes", "Communes du Centre-Val de Loire",
                    "Communes de la région Centre-Val de Loire : code et nom INSEE, statut, population, EPCI,"
                            + " codes postaux (données réelles du Code officiel géographique via Etalab)."
                            + " Les centres sont des positions GeoNames ou sont générés ; les contours sont"
                            + " GÉNÉRÉS (cellules de Voronoï déformées, découpées par le contour réel du"
                            + " département) et ne doivent pas servir de limites administratives." + SOURCES,
                    List.of("commune", "limite administrative", "INSEE", "Centre-Val de Loire")),
            new Description("departements", "Départements du Centre-Val de Loire",
                    "Les six départements de la région : Cher, Eure-et-Loir, Indre, Indre-et-Loire,"
                            + " Loir-et-Cher et Loiret. Contours Natural Earth au 1:10 000 000 (domaine public),"
                            + " attributs du Code officiel géographique de l'INSEE via Etalab (Licence Ouverte)."
                            + SOURCES,
                    List.of("département", "limite administrative", "INSEE", "Centre-Val de Loire")),
            new Description("roads", "Tronçons de route",
                    "Réseau routier GÉNÉRÉ pour la démonstration : géométries et attributs synthétiques,"
                            + " sur le modèle du tronçon de route de la BD TOPO de l'IGN (nature, importance,"
                            + " numéro, classement administratif, nombre de voies, largeur de chaussée, sens de"
                            + " circulation, vitesse moyenne)." + SOURCES,
                    List.of("réseau routier", "transport", "données de démonstration")),
            new Description("heat_zones", "Îlots de chaleur urbains",
                    "Zones d'îlots de chaleur urbains GÉNÉRÉES pour la démonstration, rattachées aux communes"
                            + " réelles : classe d'îlot de 1 à 4, écarts de température moyen et maximal en °C,"
                            + " surface, année de référence et méthode." + SOURCES,
                    List.of("îlot de chaleur urbain", "climat", "santé", "données de démonstration")),
            new Description("trees", "Arbres urbains",
                    "Inventaire d'arbres urbains GÉNÉRÉ pour la démonstration, conforme au schéma « arbre »"
                            + " de schema.data.gouv.fr (NaturalSolutions/schema-arbre 0.3) : famille, genre,"
                            + " espèce, hauteur, diamètres, stade de développement, arbre remarquable ou"
                            + " protégé." + SOURCES,
                    List.of("arbre", "patrimoine arboré", "nature en ville", "données de démonstration")));

    private SampleDataDirectory() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        DataDirectory dataDirectory = new DataDirectory(root);
        DefaultCatalog catalog = new DefaultCatalog();
        catalog.addListener(dataDirectory.writer());
        for (String style : STYLES) {
            byte[] body = Files.readAllBytes(root.resolve("styles").resolve(style + ".sld"));
            catalog.add(new StyleInfo(null, style, style + ".sld", "sld", "1.0.0"), body);
        }
        catalog.add(new WorkspaceInfo(WS, WorkspaceController.defaultNamespace(WS)));
        StoreInfo store = new StoreInfo(WS, WS, GeoPackageStoreFactory.TYPE,
                "Données de démonstration Centre-Val de Loire (GeoPackage, Lambert-93)", true,
                Map.of(GeoPackageStoreFactory.DATABASE, "data/cvl.gpkg"));
        catalog.add(store);
        SisCrsService crs = new SisCrsService();
        try (DataStore data = new GeoPackageStoreFactory().open(store.connectionParameters(),
                new StoreContext(root, crs))) {
            for (Description d : FEATURE_TYPES) {
                var ft = new FeatureTypeBuilder(crs).workspace(WS).store(WS).nativeName(d.name()).title(d.title())
                        .abstractText(d.abstractText()).keywords(d.keywords()).build(data);
                catalog.add(ft, new LayerInfo(WS, d.name(), d.name(), List.of(), true, true));
            }
        }
        catalog.add(new LayerGroupInfo(WS, "fond_de_plan", "Fond de plan du Centre-Val de Loire",
                "Communes, limites départementales et routes principales de la région, dans cet ordre de dessin :"
                        + " un fond de plan appelé par un seul nom, dont les couches restent consultables une à une.",
                LayerGroupInfo.Mode.NAMED, List.of(WS + ":communes", WS + ":departements", WS + ":roads"), null));
    }
}
