package fr.crige.csw.publish;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 34 INSPIRE spatial data themes (Directive 2007/2/EC, annexes I to III) with their code in the INSPIRE
 * theme register, their label in the French version of the "GEMET - INSPIRE themes, version 1.0" thesaurus
 * and the ISO 19115 topic category that Regulation 1205/2008 part D.2 maps them to (as tabulated by the CNIG
 * metadata guide; the two coordinate and grid themes have no mapping).
 *
 * <p>A generated record claims a theme only when the layer's keywords name it, by label or register URI: the
 * theme keyword is what flags a record as INSPIRE, so a layer out of INSPIRE's scope must not get one.
 */
public enum InspireTheme {

    RS("rs", "Référentiels de coordonnées", null),
    GG("gg", "Systèmes de maillage géographique", null),
    GN("gn", "Dénominations géographiques", "location"),
    AU("au", "Unités administratives", "boundaries"),
    AD("ad", "Adresses", "location"),
    CP("cp", "Parcelles cadastrales", "planningCadastre"),
    TN("tn", "Réseaux de transport", "transportation"),
    HY("hy", "Hydrographie", "inlandWaters"),
    PS("ps", "Sites protégés", "environment"),
    EL("el", "Altitude", "elevation"),
    LC("lc", "Occupation des terres", "imageryBaseMapsEarthCover"),
    OI("oi", "Ortho-imagerie", "imageryBaseMapsEarthCover"),
    GE("ge", "Géologie", "geoscientificInformation"),
    SU("su", "Unités statistiques", "boundaries"),
    BU("bu", "Bâtiments", "structure"),
    SO("so", "Sols", "geoscientificInformation"),
    LU("lu", "Usage des sols", "planningCadastre"),
    HH("hh", "Santé et sécurité des personnes", "health"),
    US("us", "Services d'utilité publique et services publics", "utilitiesCommunication"),
    EF("ef", "Installations de suivi environnemental", "structure"),
    PF("pf", "Lieux de production et sites industriels", "structure"),
    AF("af", "Installations agricoles et aquacoles", "farming"),
    PD("pd", "Répartition de la population — démographie", "society"),
    AM("am", "Zones de gestion, de restriction ou de réglementation et unités de déclaration", "planningCadastre"),
    NZ("nz", "Zones à risque naturel", "geoscientificInformation"),
    AC("ac", "Conditions atmosphériques", "climatologyMeteorologyAtmosphere"),
    MF("mf", "Caractéristiques géographiques météorologiques", "climatologyMeteorologyAtmosphere"),
    OF("of", "Caractéristiques géographiques océanographiques", "oceans"),
    SR("sr", "Régions maritimes", "oceans"),
    BR("br", "Régions biogéographiques", "biota"),
    HB("hb", "Habitats et biotopes", "biota"),
    SD("sd", "Répartition des espèces", "biota"),
    ER("er", "Sources d'énergie", "economy"),
    MR("mr", "Ressources minérales", "economy");

    /** The thesaurus title INSPIRE validators look for, exactly. */
    public static final String THESAURUS = "GEMET - INSPIRE themes, version 1.0";
    /** The publication date of the thesaurus. */
    public static final String THESAURUS_DATE = "2008-06-01";
    private static final String REGISTER = "http://inspire.ec.europa.eu/theme/";

    private final String code;
    private final String label;
    private final String topicCategory;

    InspireTheme(String code, String label, String topicCategory) {
        this.code = code;
        this.label = label;
        this.topicCategory = topicCategory;
    }

    /** The theme naming a keyword: its French label (ignoring case, accents and apostrophe style) or URI. */
    public static Optional<InspireTheme> ofKeyword(String keyword) {
        String k = normalise(keyword);
        return Optional.ofNullable(Lookup.BY_NAME.get(k))
                .or(() -> Optional.ofNullable(Lookup.BY_NAME.get(k.replaceFirst("^https://", "http://"))));
    }

    /** The anchor of the keyword: register URI and French label. */
    public Anchor keyword() {
        return new Anchor(REGISTER + code, label);
    }

    /** The ISO topic category of the theme, absent for the two themes Regulation 1205/2008 leaves open. */
    public Optional<String> topicCategory() {
        return Optional.ofNullable(topicCategory);
    }

    /** Themes by normalised label and by register URI, built once: keywords of every layer are looked up. */
    private static final class Lookup {
        static final Map<String, InspireTheme> BY_NAME = new HashMap<>();

        static {
            for (InspireTheme t : values()) {
                BY_NAME.put(normalise(t.label), t);
                BY_NAME.put(REGISTER + t.code, t);
            }
        }
    }

    private static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('’', '\'').replaceAll("[—–-]", "-").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
