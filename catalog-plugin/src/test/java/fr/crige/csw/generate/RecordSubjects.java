package fr.crige.csw.generate;

import fr.crige.csw.publish.InspireTheme;
import java.util.List;

/**
 * What generated records are about: the kinds of data French local and regional bodies publish, each with
 * the territory it covers, its INSPIRE theme (none for data out of INSPIRE's scope), its ISO topic category,
 * free keywords and the first sentence of its abstract. Titles hold a {@code {place}} placeholder that
 * {@link FrenchRecordGenerator} fills for the territory ("de Tours", "— Orléans Métropole", "du bassin de la
 * Loire").
 */
final class RecordSubjects {

    /** The territory a subject covers, which sets the size of the extent and who publishes it. */
    enum Scale { COMMUNE, EPCI, DEPARTEMENT, REGION, BASIN }

    /**
     * @param grid whether the data are a raster (grid) rather than vectors
     */
    record Subject(String title, Scale scale, InspireTheme theme, String topicCategory, List<String> keywords,
            String purpose, boolean grid) {
    }

    static final List<Subject> DATASETS = List.of(
            new Subject("Plan local d'urbanisme {place}", Scale.COMMUNE, InspireTheme.LU, "planningCadastre",
                    List.of("urbanisme", "PLU", "zonage", "règlement d'urbanisme"),
                    "Zonage, prescriptions et servitudes du plan local d'urbanisme approuvé.", false),
            new Subject("Arbres d'alignement {place}", Scale.COMMUNE, InspireTheme.SD, "biota",
                    List.of("arbre", "patrimoine arboré", "nature en ville"),
                    "Inventaire des arbres d'alignement des voies communales : essence, hauteur, diamètre, "
                            + "stade de développement et état sanitaire.", false),
            new Subject("Parcelles cadastrales {place}", Scale.COMMUNE, InspireTheme.CP, "planningCadastre",
                    List.of("cadastre", "parcelle", "foncier"),
                    "Parcelles du plan cadastral informatisé, avec leur section, leur numéro et leur "
                            + "contenance.", false),
            new Subject("Bâtiments {place}", Scale.COMMUNE, InspireTheme.BU, "structure",
                    List.of("bâti", "bâtiment", "emprise au sol"),
                    "Emprises des bâtiments avec leur usage principal, leur hauteur et leur date de "
                            + "construction lorsqu'elle est connue.", false),
            new Subject("Base adresse locale {place}", Scale.COMMUNE, InspireTheme.AD, "location",
                    List.of("adresse", "BAL", "voie"),
                    "Adresses certifiées par la commune : numéros, voies et lieux-dits.", false),
            new Subject("Zonage d'assainissement {place}", Scale.COMMUNE, InspireTheme.AM, "inlandWaters",
                    List.of("assainissement", "eaux usées", "eaux pluviales"),
                    "Zones d'assainissement collectif et non collectif arrêtées par la commune.", false),
            new Subject("Espaces verts {place}", Scale.COMMUNE, InspireTheme.LC, "environment",
                    List.of("espace vert", "parc", "jardin public"),
                    "Parcs, jardins, squares et espaces verts d'accompagnement gérés par la commune.", false),
            new Subject("Éclairage public {place}", Scale.COMMUNE, InspireTheme.US, "utilitiesCommunication",
                    List.of("éclairage public", "réseau", "candélabre"),
                    "Points lumineux et armoires de commande du réseau d'éclairage public.", false),
            new Subject("Points d'apport volontaire {place}", Scale.COMMUNE, InspireTheme.US,
                    "utilitiesCommunication", List.of("déchets", "tri sélectif", "collecte"),
                    "Conteneurs de tri du verre, des papiers et des emballages.", false),
            new Subject("Défense extérieure contre l'incendie {place}", Scale.COMMUNE, InspireTheme.HH, "health",
                    List.of("poteaux incendie", "sécurité", "DECI"),
                    "Poteaux, bouches et réserves d'eau de la défense extérieure contre l'incendie.", false),
            new Subject("Îlots de chaleur urbains {place}", Scale.EPCI, InspireTheme.AC,
                    "climatologyMeteorologyAtmosphere", List.of("îlot de chaleur", "température de surface",
                            "climat urbain", "canicule"),
                    "Îlots de chaleur et de fraîcheur urbains issus des températures de surface mesurées par "
                            + "satellite lors des épisodes caniculaires.", true),
            new Subject("Pistes cyclables {place}", Scale.EPCI, InspireTheme.TN, "transportation",
                    List.of("piste cyclable", "vélo", "mobilité douce"),
                    "Aménagements cyclables : pistes, bandes, voies vertes et doubles sens cyclables.", false),
            new Subject("Haies bocagères {place}", Scale.EPCI, InspireTheme.LC, "environment",
                    List.of("haie", "bocage", "trame verte"),
                    "Linéaire de haies bocagères photo-interprété et vérifié sur le terrain.", false),
            new Subject("Plan local d'urbanisme intercommunal {place}", Scale.EPCI, InspireTheme.LU,
                    "planningCadastre", List.of("urbanisme", "PLUi", "zonage"),
                    "Zonage, prescriptions et informations du plan local d'urbanisme intercommunal.", false),
            new Subject("Arrêts de transport en commun {place}", Scale.EPCI, InspireTheme.TN, "transportation",
                    List.of("bus", "tramway", "arrêt", "transport en commun"),
                    "Arrêts du réseau urbain de transport en commun avec les lignes qui les desservent.", false),
            new Subject("Réseau routier départemental {place}", Scale.DEPARTEMENT, InspireTheme.TN,
                    "transportation", List.of("route", "réseau routier", "voirie"),
                    "Routes départementales avec leur numéro, leur catégorie et les points de repère.", false),
            new Subject("Orthophotographie 20 cm {place}", Scale.DEPARTEMENT, InspireTheme.OI,
                    "imageryBaseMapsEarthCover", List.of("orthophotographie", "image aérienne", "photographie"),
                    "Orthophotographie en couleurs naturelles à 20 cm de résolution.", true),
            new Subject("Limites communales {place}", Scale.DEPARTEMENT, InspireTheme.AU, "boundaries",
                    List.of("limite administrative", "commune"),
                    "Limites des communes au 1er janvier, d'après le code officiel géographique.", false),
            new Subject("Captages d'eau potable et périmètres de protection {place}", Scale.DEPARTEMENT,
                    InspireTheme.AM, "inlandWaters", List.of("captage", "eau potable", "périmètre de protection"),
                    "Ouvrages de prélèvement d'eau destinée à la consommation humaine et leurs périmètres de "
                            + "protection déclarés d'utilité publique.", false),
            new Subject("Établissements scolaires {place}", Scale.DEPARTEMENT, InspireTheme.US, "society",
                    List.of("école", "collège", "lycée", "éducation"),
                    "Écoles, collèges et lycées publics et privés avec leur effectif.", false),
            new Subject("Modèle numérique de terrain au pas de 5 m {place}", Scale.DEPARTEMENT, InspireTheme.EL,
                    "elevation", List.of("altitude", "relief", "MNT"),
                    "Modèle numérique de terrain maillé au pas de 5 m issu de relevés lidar.", true),
            new Subject("Occupation du sol à grande échelle {place}", Scale.DEPARTEMENT, InspireTheme.LC,
                    "imageryBaseMapsEarthCover", List.of("occupation du sol", "OCS GE", "artificialisation"),
                    "Couverture et usage du sol à grande échelle, pour le suivi de l'artificialisation.", false),
            new Subject("Plan de prévention des risques de mouvements de terrain {place}", Scale.DEPARTEMENT,
                    InspireTheme.NZ, "geoscientificInformation", List.of("risque", "mouvement de terrain",
                            "cavités"),
                    "Zonage réglementaire des plans de prévention des risques de mouvements de terrain.", false),
            new Subject("Zones naturelles d'intérêt écologique, faunistique et floristique {place}", Scale.REGION,
                    InspireTheme.PS, "environment", List.of("ZNIEFF", "biodiversité", "inventaire"),
                    "Périmètres des ZNIEFF de type I et II de l'inventaire national du patrimoine naturel.",
                    false),
            new Subject("Sites Natura 2000 {place}", Scale.REGION, InspireTheme.PS, "environment",
                    List.of("Natura 2000", "zone spéciale de conservation", "zone de protection spéciale"),
                    "Sites du réseau Natura 2000 désignés au titre des directives Habitats et Oiseaux.", false),
            new Subject("Stations de mesure de la qualité de l'air {place}", Scale.REGION, InspireTheme.EF,
                    "climatologyMeteorologyAtmosphere", List.of("qualité de l'air", "pollution", "station"),
                    "Stations fixes de mesure des polluants atmosphériques réglementés.", false),
            new Subject("Éoliennes terrestres {place}", Scale.REGION, InspireTheme.ER, "economy",
                    List.of("éolien", "énergie renouvelable", "éolienne"),
                    "Mâts des parcs éoliens autorisés, construits ou en instruction.", false),
            new Subject("Installations classées pour la protection de l'environnement {place}", Scale.REGION,
                    InspireTheme.PF, "economy", List.of("ICPE", "industrie", "risque technologique"),
                    "Installations classées soumises à autorisation ou à enregistrement.", false),
            new Subject("Exploitations agricoles en agriculture biologique {place}", Scale.REGION,
                    InspireTheme.AF, "farming", List.of("agriculture biologique", "exploitation agricole"),
                    "Parcelles et exploitations engagées en agriculture biologique.", false),
            new Subject("Habitats naturels d'intérêt communautaire {place}", Scale.REGION, InspireTheme.HB,
                    "biota", List.of("habitat naturel", "biodiversité", "cartographie des habitats"),
                    "Cartographie des habitats naturels d'intérêt communautaire.", false),
            new Subject("Zones inondables {place}", Scale.BASIN, InspireTheme.NZ, "inlandWaters",
                    List.of("inondation", "zone inondable", "PPRI", "aléa"),
                    "Enveloppes des zones inondables et niveaux d'aléa du plan de prévention du risque "
                            + "inondation.", false),
            new Subject("Cours d'eau et plans d'eau {place}", Scale.BASIN, InspireTheme.HY, "inlandWaters",
                    List.of("cours d'eau", "hydrographie", "plan d'eau"),
                    "Tronçons de cours d'eau et plans d'eau, avec leur code hydrographique.", false),
            new Subject("Stations hydrométriques {place}", Scale.BASIN, InspireTheme.EF, "inlandWaters",
                    List.of("débit", "hauteur d'eau", "station hydrométrique"),
                    "Stations de mesure des hauteurs et des débits des cours d'eau.", false));

    static final List<Subject> SERIES = List.of(
            new Subject("Orthophotographies historiques {place}", Scale.DEPARTEMENT, InspireTheme.OI,
                    "imageryBaseMapsEarthCover", List.of("orthophotographie", "photographie ancienne", "archives"),
                    "Série des orthophotographies produites depuis les prises de vue des années 1950.", true),
            new Subject("Plans locaux d'urbanisme {place}", Scale.EPCI, InspireTheme.LU, "planningCadastre",
                    List.of("urbanisme", "PLU", "série"),
                    "Ensemble des plans locaux d'urbanisme en vigueur dans les communes du territoire.", false),
            new Subject("Températures de surface estivales {place}", Scale.EPCI, InspireTheme.AC,
                    "climatologyMeteorologyAtmosphere", List.of("îlot de chaleur", "thermographie", "canicule"),
                    "Série annuelle des températures de surface relevées par satellite chaque été.", true),
            new Subject("Atlas des zones inondables {place}", Scale.BASIN, InspireTheme.NZ, "inlandWaters",
                    List.of("inondation", "atlas", "zone inondable"),
                    "Série des atlas des zones inondables publiés par l'État sur le bassin.", false));

    static final List<Subject> NON_GEOGRAPHIC = List.of(
            new Subject("Population légale des communes {place}", Scale.DEPARTEMENT, InspireTheme.PD, "society",
                    List.of("population", "recensement", "démographie"),
                    "Populations municipales et totales des communes, d'après le recensement de l'Insee.", false),
            new Subject("Budget primitif {place}", Scale.COMMUNE, null, "economy",
                    List.of("budget", "finances publiques", "données financières"),
                    "Budget primitif voté par le conseil municipal, par chapitre et par nature.", false),
            new Subject("Délibérations du conseil communautaire {place}", Scale.EPCI, null, "society",
                    List.of("délibération", "conseil communautaire", "actes administratifs"),
                    "Liste des délibérations adoptées avec leur objet et leur date.", false));

    private RecordSubjects() {
    }
}
