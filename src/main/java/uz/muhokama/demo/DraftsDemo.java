package uz.muhokama.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.TextPreview;

/**
 * Two drafts of the Ministry of Justice: a new Labour Code, open for discussion, made from the Labour Code file of the
 * shared corpus; and a closed Cabinet resolution whose discussion ended a month ago. The system administrator creates
 * them through the same service an editor uses (an administrator may act for any agency).
 */
@Component
class DraftsDemo {

    static final String OPEN_NUMBER = "ID-88001";
    static final String CLOSED_NUMBER = "ID-87512";

    private static final Logger log = LoggerFactory.getLogger(DraftsDemo.class);

    private static final String RESOLUTION_TEXT = """
            1-bob. Umumiy qoidalar
            1-modda. Ushbu Nizomning maqsadi
            Ushbu Nizom jismoniy shaxslarning murojaatlarini elektron shaklda koʻrib chiqish tartibini belgilaydi.
            2-modda. Asosiy tushunchalar
            Ushbu Nizomda elektron murojaat deganda axborot tizimi orqali yuborilgan murojaat tushuniladi.
            2-bob. Murojaatlarni koʻrib chiqish
            3-modda. Koʻrib chiqish muddati
            Elektron murojaat u kelib tushgan kundan eʼtiboran oʻn besh kun ichida koʻrib chiqiladi.
            4-modda. Javob berish
            Murojaatga javob murojaat yuborilgan shaklda beriladi.
            """;

    private final DraftService drafts;
    private final OrganisationService organisations;
    private final SystemAdministrator system;

    DraftsDemo(DraftService drafts, OrganisationService organisations, SystemAdministrator system) {
        this.drafts = drafts;
        this.organisations = organisations;
        this.system = system;
    }

    boolean isLoaded() {
        return drafts.existsWithNumber(OPEN_NUMBER);
    }

    void load(Path corpus) {
        Path code = corpus.resolve("legislation").resolve("labour-code-2022.uz-latn.lexuz.doc");
        OrganisationDetails justice = organisations.findByCode(OrganisationsDemo.MINISTRY_OF_JUSTICE).orElse(null);
        if (justice == null || !Files.isRegularFile(code)) {
            log.warn("Demo drafts skipped: no Ministry of Justice or no Labour Code file");
            return;
        }
        system.run(() -> {
            closedResolution(justice);
            openLabourCode(justice, code);
        });
        log.info("Demo drafts loaded");
    }

    private void openLabourCode(OrganisationDetails justice, Path file) {
        DraftId id = drafts.create(new DraftFields(justice.id(), DraftActType.LAW, OPEN_NUMBER,
                "Oʻzbekiston Respublikasining Mehnat kodeksi (yangi tahriri) loyihasi",
                "Проект Трудового кодекса Республики Узбекистан (в новой редакции)",
                "Loyiha mehnat munosabatlarini tartibga solishning yangi tizimini taklif qiladi: mehnat shartnomasi, "
                        + "ish vaqti, dam olish vaqti, mehnatga haq toʻlash va xodimlarning huquqlarini himoya qilish.",
                "Проект предлагает новую систему регулирования трудовых отношений: трудовой договор, рабочее время, "
                        + "время отдыха, оплата труда и защита прав работников."));
        try (InputStream in = Files.newInputStream(file)) {
            TextPreview preview = drafts.previewFile(in, file.getFileName().toString());
            drafts.setTextFromFile(id, version(id), preview.fileId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        drafts.publish(id, version(id), drafts.defaultLastDay(DraftActType.LAW).plusDays(5));
    }

    private void closedResolution(OrganisationDetails justice) {
        DraftId id = drafts.create(new DraftFields(justice.id(), DraftActType.CABINET_RESOLUTION, CLOSED_NUMBER,
                "Jismoniy shaxslarning elektron murojaatlarini koʻrib chiqish tartibi toʻgʻrisidagi nizomni "
                        + "tasdiqlash haqida",
                "Об утверждении Положения о порядке рассмотрения электронных обращений физических лиц",
                "Loyiha elektron murojaatlarni koʻrib chiqish muddatlari va javob berish tartibini belgilaydi.",
                "Проект устанавливает сроки рассмотрения электронных обращений и порядок ответа на них."));
        drafts.setTypedText(id, version(id), RESOLUTION_TEXT);
        LocalDate lastDay = LocalDate.now(DraftService.TASHKENT).minusDays(30);
        drafts.recordPastDiscussion(id, version(id), lastDay.minusDays(20), lastDay);
    }

    private int version(DraftId id) {
        return drafts.find(id).orElseThrow().version();
    }
}
