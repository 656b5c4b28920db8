package fr.crige.quality.engine;

import fr.crige.quality.model.DocumentRule;
import fr.crige.quality.model.Level;
import fr.crige.quality.model.Standard;
import java.util.List;

/**
 * Checks the folder of a delivery against the document rules of its standard (rule-model.md §6, document
 * mode): the folder's name (DIRECTORY_UNEXPECTED_NAME) and, for every expected file or sub-folder, that some
 * path of the delivery matches it (FILE_MISSING_MANDATORY, FILE_MISSING_MANDATORY_DIRECTORY, at the rule's
 * severity; nothing for an optional one).
 */
public final class DocumentChecker {

    /**
     * @param folder   the delivered folder
     * @param fileName how the delivery is named in findings (the uploaded archive's name)
     * @return the findings, in rule order: folder name first, then the files
     */
    public List<Finding> check(Standard standard, DeliveredFolder folder, String fileName) {
        DocumentRule rule = standard.document();
        FindingSink sink = new FindingSink(standard.id(), null, fileName);
        if (rule == null) {
            return sink.findings();
        }
        if (rule.folderName() != null && !rule.folderName().matcher(folder.name()).matches()) {
            sink.add(sink.create("DIRECTORY_UNEXPECTED_NAME", Level.ERROR, "document.folderName").value(folder.name())
                    .expected(rule.folderName().pattern()));
        }
        for (DocumentRule.FileRule file : rule.files()) {
            boolean isFolder = file.type().folder();
            if (!folder.hasPathMatching(file.path(), isFolder)) {
                sink.add(sink.create(isFolder ? "FILE_MISSING_MANDATORY_DIRECTORY" : "FILE_MISSING_MANDATORY",
                        file.mandatory(), "document.files." + file.name()).attribute(file.name())
                        .expected(file.path().pattern()));
            }
        }
        return sink.findings();
    }
}
