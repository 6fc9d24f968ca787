package uz.muhokama.problems;

/** A ready answer an organisation's staff pick for a public note. */
public record ResponseTemplate(long id, String title, String body) {
}
