package fr.crige.quality.metadata;

import fr.crige.quality.model.Level;
import java.util.List;
import java.util.Set;

/**
 * Checks of {@code CI_ResponsibleParty} shared by the metadata point of contact (MD-GEN-5) and the resource
 * responsible parties (MD-RP-1, MD-RP-3): organisation name, e-mail, role from CI_RoleCode.
 */
final class ResponsibleParties {

    static final Set<String> ROLES = Set.of("resourceProvider", "custodian", "owner", "user", "distributor",
            "originator", "pointOfContact", "principalInvestigator", "processor", "publisher", "author");

    private ResponsibleParties() {
    }

    /**
     * @param codePrefix IGNF code prefix: METADATA_METADATACONTACT or METADATA_CONTACT
     */
    static void check(List<IsoElement> parties, String path, String ruleId, String codePrefix,
            MetadataFindings out) {
        if (parties.isEmpty()) {
            out.missing(ruleId, codePrefix + "_NOT_FOUND", Level.ERROR, path);
            return;
        }
        for (IsoElement party : parties) {
            if (party.value("gmd:organisationName").isBlank()) {
                out.missing(ruleId, codePrefix + "_NAMEABSENT", Level.ERROR, path + "/gmd:organisationName");
            }
            String mailPath = "gmd:contactInfo/*/gmd:address/*/gmd:electronicMailAddress";
            List<String> mails = party.all(mailPath).stream().map(IsoElement::value).filter(m -> !m.isBlank()).toList();
            if (mails.isEmpty()) {
                out.missing(ruleId, codePrefix + "_MAILABSENT", Level.ERROR, path + "/" + mailPath);
            }
            for (String mail : mails) {
                if (!IsoValues.isEmail(mail)) {
                    out.add("MD-RP-3", codePrefix + "_MAILINVALID", Level.ERROR, path + "/" + mailPath, mail, null);
                }
            }
            String role = party.first("gmd:role").map(IsoElement::codeListValue).orElse("");
            if (role.isBlank()) {
                out.missing(ruleId, codePrefix + "_ROLE_NOT_FOUND", Level.ERROR, path + "/gmd:role");
            } else if (!ROLES.contains(role)) {
                out.add(ruleId, codePrefix + "_ROLE_INVALID", Level.ERROR, path + "/gmd:role", role,
                        "CI_RoleCode");
            }
        }
    }
}
