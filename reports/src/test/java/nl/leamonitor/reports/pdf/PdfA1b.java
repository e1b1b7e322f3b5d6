package nl.leamonitor.reports.pdf;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF checked by veraPDF against PDF/A-1b, with the figures the README quotes; {@code
 * failedRules}: each rule broken (clause, test number, description) with its failed checks.
 */
public record PdfA1b(int pages, int rules, int checks, Map<String, Integer> failedRules) {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** Validates a file: every rule of veraPDF's PDF/A-1b profile, every check of each. */
  public static PdfA1b validate(Path pdf) throws Exception {
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      pages = doc.getNumberOfPages();
    }
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFA_1_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, Integer> failed = new TreeMap<>();
      result
          .getFailedChecks()
          .forEach(
              (id, count) ->
                  failed.put(
                      id.getClause()
                          + "-"
                          + id.getTestNumber()
                          + " "
                          + result.getValidationProfile().getRuleByRuleId(id).getDescription(),
                      count));
      return new PdfA1b(
          pages,
          result.getValidationProfile().getRules().size(),
          result.getTotalAssertions(),
          failed);
    }
  }

  /** The figures in one line: pages, rules and checks, and the rules failed. */
  public String summary(String name) {
    return String.format(
        "veraPDF PDF/A-1b, %s: %d pagina's, %d regels, %d controles, %d regels niet gehaald%s",
        name,
        pages,
        rules,
        checks,
        failedRules.size(),
        failedRules.isEmpty() ? "" : " " + failedRules);
  }
}
