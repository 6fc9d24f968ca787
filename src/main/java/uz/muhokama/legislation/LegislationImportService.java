package uz.muhokama.legislation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.files.FileKind;
import uz.muhokama.files.FileService;
import uz.muhokama.files.StoredFile;
import uz.muhokama.legislation.internal.ActAkomaNtoso;
import uz.muhokama.legislation.internal.ActCitationStore;
import uz.muhokama.legislation.internal.ImportReading;
import uz.muhokama.legislation.internal.JooqActRepository;
import uz.muhokama.legislation.internal.JooqActRepository.EditionRow;
import uz.muhokama.legislation.internal.parse.AkomaNtosoDocument;
import uz.muhokama.legislation.internal.parse.StructureParsing;
import uz.muhokama.shared.AuditableAction;

/**
 * Brings acts into the legislation base: an administrator uploads a file (the national database's export, DOCX, ODT,
 * PDF, RTF, HTML, Akoma Ntoso XML), checks the preview of its structure and what was read of the act, completes the rest, and saves.
 * Importing an act again adds an edition when its text changed and does nothing when it did not. The citations the
 * new edition's text makes of other acts are stored with it, replacing those of the act's earlier text in that
 * language; citations of acts not in the base yet are kept and resolved when such an act is imported, so that the act
 * then lists every earlier text that cites it.
 */
@Service
public class LegislationImportService {

    static final Set<String> LANGUAGES = Set.of("uz-Latn", "uz-Cyrl", "ru", "en");
    private static final int XML_SNIFF_BYTES = 4096;
    private static final Set<String> XML_TYPES = Set.of("application/xml", "text/xml", "application/akn+xml");

    private final FileService files;
    private final JooqActRepository acts;
    private final ActCitationStore citations;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContexts;
    private final Clock clock = Clock.systemUTC();

    LegislationImportService(FileService files, JooqActRepository acts, ActCitationStore citations,
                             ApplicationEventPublisher events,
                             ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.files = files;
        this.acts = acts;
        this.citations = citations;
        this.events = events;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Stores the upload and reads it; nothing is imported yet. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportPreview preview(InputStream content, String fileName) {
        StoredFile file = files.store(content, fileName, FileKind.LEGAL_TEXT, null);
        return akomaNtoso(file).map(document -> ImportReading.preview(file, document))
                .orElseGet(() -> ImportReading.preview(file, read(file)));
    }

    /**
     * Imports a previewed file as an edition of an act.
     *
     * @throws LegislationException {@code legislation.import.invalid} for missing or impossible metadata,
     *     {@code legislation.import.editionOverlap} when the edition would not start after the current one
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importEdition(long fileId, ActMetadata metadata, String language, LocalDate validFrom,
                                      String title) {
        validate(metadata, language, validFrom, title);
        StoredFile file = files.find(fileId).orElseThrow(() -> new LegislationException("legislation.import.invalid"));
        ParsedText text = read(file);
        String hash = contentHash(text);
        Instant now = clock.instant();
        String key = ActNumbers.key(metadata.type(), metadata.number());
        Optional<Long> existing = acts.findAct(key, metadata.adoptedOn());
        long actId = existing.orElseGet(() -> acts.insertAct(metadata, key, uriFor(metadata), now));
        List<EditionRow> chain = acts.editions(actId, language);
        if (!chain.isEmpty()) {
            EditionRow current = chain.getLast();
            if (current.contentHash().equals(hash)) {
                return new ImportResult(actId, acts.uriOf(actId).orElseThrow(), current.id(),
                        ImportResult.Outcome.UNCHANGED);
            }
            if (!validFrom.isAfter(current.validFrom())) {
                throw new LegislationException("legislation.import.editionOverlap");
            }
            acts.endEdition(current.id(), validFrom.minusDays(1));
        }
        boolean structured = !text.articles().isEmpty();
        long editionId = acts.insertEdition(actId, language, validFrom, title.strip(), hash, file.id(), structured, now);
        acts.insertProvisions(editionId, text);
        acts.setTitle(actId, language, title.strip(), now);
        citations.store(actId, language, editionId, text);
        citations.resolvePending(actId);
        events.publishEvent(new ActEditionPublished(actId, editionId));
        String actor = securityContexts.getContext().getAuthentication().getName();
        events.publishEvent(new AuditableAction("LEGISLATION_IMPORTED", null, actor, "act:" + actId,
                language + " edition from " + validFrom + " (" + file.originalName() + ")", null, now));
        return new ImportResult(actId, acts.uriOf(actId).orElseThrow(), editionId,
                existing.isPresent() ? ImportResult.Outcome.NEW_EDITION : ImportResult.Outcome.NEW_ACT);
    }

    private ParsedText read(StoredFile file) {
        return akomaNtoso(file).map(AkomaNtosoDocument::text).orElseGet(() -> readDocument(file));
    }

    /**
     * An XML upload is read by the platform's own hardened parser first: Akoma Ntoso, or else Tika as for any file.
     * Tika calls XML without a prolog plain text, so plain text that opens as XML or names the Akoma Ntoso namespace is
     * taken as XML too.
     */
    private Optional<AkomaNtosoDocument> akomaNtoso(StoredFile file) {
        if (!XML_TYPES.contains(file.mediaType()) && !(file.mediaType().equals("text/plain") && looksLikeXml(file))) {
            return Optional.empty();
        }
        try (InputStream in = files.open(file)) {
            return StructureParsing.akomaNtoso(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean looksLikeXml(StoredFile file) {
        try (InputStream in = files.open(file)) {
            String start = new String(in.readNBytes(XML_SNIFF_BYTES), StandardCharsets.UTF_8).replace("\uFEFF", "")
                    .stripLeading();
            return start.startsWith("<?xml") || start.contains(ActAkomaNtoso.NAMESPACE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedText readDocument(StoredFile file) {
        try (InputStream in = files.open(file)) {
            if (file.mediaType().equals("text/html") || file.mediaType().equals("application/xhtml+xml")) {
                return LegalTextParser.parseHtml(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = files.extractText(file).text();
        if (text.isBlank()) {
            throw new LegislationException("legislation.import.noText");
        }
        return LegalTextParser.parseText(text);
    }

    private String uriFor(ActMetadata metadata) {
        String number = ActNumbers.key(metadata.type(), metadata.number());
        String base = "/act/uz/" + metadata.type().uriSegment() + "/" + metadata.adoptedOn().getYear() + "/"
                + number.substring(number.indexOf('-') + 1);
        return acts.uriTaken(base) ? base + "-" + metadata.adoptedOn() : base;
    }

    private static void validate(ActMetadata m, String language, LocalDate validFrom, String title) {
        boolean complete = m != null && m.type() != null && m.status() != null && m.adoptedOn() != null
                && m.number() != null && !m.number().isBlank() && m.number().length() <= 64
                && LANGUAGES.contains(language) && validFrom != null
                && title != null && !title.isBlank() && title.length() <= 1000;
        if (!complete || m.adoptedOn().isAfter(LocalDate.now().plusDays(1)) || validFrom.isBefore(m.adoptedOn())) {
            throw new LegislationException("legislation.import.invalid");
        }
    }

    /** A hash of the structure and wording, so that the same text from another file format counts as unchanged. */
    static String contentHash(ParsedText text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            text.all().forEach(p -> digest.update((p.eId() + "\u0001" + p.heading() + "\u0001" + p.text() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            text.preamble().forEach(p -> digest.update(p.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
