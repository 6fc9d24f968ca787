package uz.muhokama.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.drafts.AnswerService;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.NewComment;
import uz.muhokama.drafts.PastComments;
import uz.muhokama.drafts.Stance;
import uz.muhokama.drafts.TextPreview;
import uz.muhokama.legislation.ProvisionKind;

/**
 * Two drafts of the Ministry of Justice: a new Labour Code, open for discussion, made from the Labour Code file of the
 * shared corpus, with comments, replies, votes and stances of the demo people in Uzbek and Russian; and a Cabinet
 * resolution whose discussion ended a month ago, every proposal answered and its consolidated table published. The
 * system administrator creates them through the same services an editor uses (an administrator may act for any
 * agency); the people's comments on the open draft are posted as those people.
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
    private final CommentService comments;
    private final PastComments pastComments;
    private final AnswerService answers;
    private final OrganisationService organisations;
    private final SystemAdministrator system;
    private final DemoCitizens citizens;

    DraftsDemo(DraftService drafts, CommentService comments, PastComments pastComments, AnswerService answers,
               OrganisationService organisations, SystemAdministrator system, DemoCitizens citizens) {
        this.drafts = drafts;
        this.comments = comments;
        this.pastComments = pastComments;
        this.answers = answers;
        this.organisations = organisations;
        this.system = system;
        this.citizens = citizens;
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
        Map<String, Long> people = system.call(citizens::ensure);
        system.run(() -> answeredResolution(justice, people));
        DraftId labourCode = system.call(() -> openLabourCode(justice, code));
        discuss(labourCode, people);
        log.info("Demo drafts loaded");
    }

    private DraftId openLabourCode(OrganisationDetails justice, Path file) {
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
        return id;
    }

    /** Comments, replies, votes and stances on the open Labour Code, each posted as the demo person who wrote it. */
    private void discuss(DraftId id, Map<String, Long> people) {
        Map<String, String> articles = drafts.text(id, 1).stream().filter(p -> p.kind() == ProvisionKind.ARTICLE)
                .collect(Collectors.toMap(DraftProvision::number, DraftProvision::eId, (a, b) -> a));
        long nodira = people.get(DemoCitizens.NODIRA);
        long jasur = people.get(DemoCitizens.JASUR);
        long gulnora = people.get(DemoCitizens.GULNORA);
        long ivan = people.get(DemoCitizens.IVAN);
        CommentId workingTime = citizens.as(jasur, () -> comments.post(new NewComment(id, articles.get("182"), null,
                "Haftasiga 40 soatlik meʼyor saqlanib qolgani yaxshi, lekin masofadan ishlaydiganlar uchun ish vaqtini "
                        + "hisobga olish tartibi aniq yozilmagan. Alohida qism qoʻshishni taklif qilaman.",
                "Masofaviy ishda ish vaqtining normal davomiyligi ham haftasiga qirq soatdan oshmasligi kerak; ish "
                        + "vaqtini hisobga olish tartibi mehnat shartnomasida belgilanadi.", null)));
        CommentId probation = citizens.as(nodira, () -> comments.post(new NewComment(id, articles.get("130"), null,
                "Испытательный срок в три месяца слишком долгий для рабочих специальностей. Предлагаю сократить его "
                        + "до одного месяца, кроме руководителей.",
                "Срок предварительного испытания не может превышать одного месяца, а для руководителей организаций "
                        + "и их заместителей — трёх месяцев.", null)));
        CommentId general = citizens.as(gulnora, () -> comments.post(NewComment.on(id, null,
                "Лойиҳа умуман ижобий, аммо норасмий бандликдаги ходимларни ҳимоя қилиш масаласи етарли ёритилмаган.")));
        CommentId restDays = citizens.as(ivan, () -> comments.post(NewComment.on(id, articles.get("207"),
                "Нужно прямо указать, что работник может отказаться от работы в выходной день без последствий.")));
        citizens.as(nodira, () -> comments.post(NewComment.replyTo(id, workingTime,
                "Согласна, у нас половина отдела работает из дома, и учёт времени ведётся как попало.")));
        CommentId reply = citizens.as(jasur, () -> comments.post(NewComment.replyTo(id, probation,
                "Bir oy qurilishda yetarli, lekin IT sohasida uch oy ham kam boʻlishi mumkin.")));
        citizens.as(nodira, () -> comments.post(NewComment.replyTo(id, reply,
                "Поэтому и предлагаю оставить три месяца только по соглашению сторон.")));
        citizens.as(ivan, () -> comments.post(NewComment.on(id, articles.get("1"),
                "Статья 1 хорошо определяет круг отношений. Замечаний нет.")));
        vote(ivan, workingTime, 1);
        vote(gulnora, workingTime, 1);
        vote(nodira, workingTime, 1);
        vote(jasur, probation, -1);
        vote(gulnora, probation, 1);
        vote(jasur, general, 1);
        vote(nodira, restDays, 1);
        citizens.as(jasur, () -> {
            comments.setStance(id, Stance.SUPPORT);
            comments.follow(id, true);
            return null;
        });
        citizens.as(gulnora, () -> {
            comments.setStance(id, Stance.SUPPORT);
            return null;
        });
        citizens.as(ivan, () -> {
            comments.setStance(id, Stance.OPPOSE);
            return null;
        });
    }

    private void vote(long voter, CommentId comment, int value) {
        citizens.as(voter, () -> {
            comments.vote(comment, value);
            return null;
        });
    }

    /**
     * The resolution's discussion as it happened before the platform: the demo people's proposals (recorded with the
     * time they were written), the ministry's answer to each, and the published consolidated table.
     */
    private void answeredResolution(OrganisationDetails justice, Map<String, Long> people) {
        DraftId id = closedResolution(justice);
        Instant start = drafts.find(id).orElseThrow().start();
        List<Proposal> proposals = List.of(
                new Proposal(DemoCitizens.JASUR, "chp_2__art_3",
                        "Oʻn besh kun murakkab murojaatlar uchun yetarli emas. Qoʻshimcha oʻrganish talab qilinsa, "
                                + "muddatni bir oygacha uzaytirish imkoniyatini nazarda tutish kerak.",
                        "Elektron murojaat u kelib tushgan kundan eʼtiboran oʻn besh kun ichida, qoʻshimcha oʻrganish "
                                + "talab etilganda esa bir oygacha boʻlgan muddatda koʻrib chiqiladi.",
                        Disposition.ACCEPTED, "Taklif qabul qilindi: 3-modda Murojaatlar toʻgʻrisidagi qonunga "
                                + "muvofiq bir oygacha uzaytirish imkoniyati bilan toʻldirildi."),
                new Proposal(DemoCitizens.NODIRA, "chp_2__art_4",
                        "Ответ должен направляться не только в той форме, в которой подано обращение, но и на "
                                + "языке обращения — узбекском или русском.",
                        "Ответ на обращение даётся в форме и на языке, в которых оно было направлено.",
                        Disposition.PARTLY_ACCEPTED, "Форма ответа уточнена. Язык ответа определяется Законом "
                                + "о государственном языке, поэтому в Положение добавлена отсылочная норма."),
                new Proposal(DemoCitizens.IVAN, "chp_1__art_2",
                        "Понятие «электронное обращение» следует расширить: обращения через мессенджеры тоже должны "
                                + "считаться электронными.", null,
                        Disposition.REJECTED, "Мессенджеры не обеспечивают идентификацию заявителя; обращения "
                                + "принимаются только через информационные системы государственных органов."),
                new Proposal(DemoCitizens.GULNORA, null,
                        "Низом лойиҳасини қўллаб-қувватлайман. Фуқароларга мурожаат ҳолатини онлайн кузатиш "
                                + "имкониятини ҳам яратиш керак.", null,
                        Disposition.NOTED, "Таклиф маълумот учун олинди: онлайн кузатиш тизими алоҳида лойиҳа "
                                + "доирасида ишлаб чиқилмоқда."),
                new Proposal(DemoCitizens.JASUR, "chp_1__art_1",
                        "Nizom yuridik shaxslarning murojaatlariga ham tatbiq etilishi kerak.",
                        "Ushbu Nizom jismoniy va yuridik shaxslarning murojaatlarini elektron shaklda koʻrib chiqish "
                                + "tartibini belgilaydi.",
                        Disposition.REJECTED, "Yuridik shaxslarning murojaatlari boshqa hujjat bilan tartibga "
                                + "solinadi; ushbu Nizomning doirasi oʻzgarmaydi."));
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            CommentId comment = pastComments.record(id, people.get(p.author()), p.provision(), null, p.body(),
                    p.wording(), start.plus(2L + 3L * i, ChronoUnit.DAYS));
            if (i == 0) {
                pastComments.record(id, people.get(DemoCitizens.NODIRA), null, comment,
                        "Поддерживаю: сложные обращения за 15 дней не рассмотреть.", null,
                        start.plus(3, ChronoUnit.DAYS));
            }
            answers.answer(comment, p.disposition(), p.reason());
        }
        drafts.publishTable(id, version(id));
    }

    private record Proposal(String author, String provision, String body, String wording, Disposition disposition,
                            String reason) {
    }

    private DraftId closedResolution(OrganisationDetails justice) {
        DraftId id = drafts.create(new DraftFields(justice.id(), DraftActType.CABINET_RESOLUTION, CLOSED_NUMBER,
                "Jismoniy shaxslarning elektron murojaatlarini koʻrib chiqish tartibi toʻgʻrisidagi nizomni "
                        + "tasdiqlash haqida",
                "Об утверждении Положения о порядке рассмотрения электронных обращений физических лиц",
                "Loyiha elektron murojaatlarni koʻrib chiqish muddatlari va javob berish tartibini belgilaydi.",
                "Проект устанавливает сроки рассмотрения электронных обращений и порядок ответа на них."));
        drafts.setTypedText(id, version(id), RESOLUTION_TEXT);
        LocalDate lastDay = LocalDate.now(DraftService.TASHKENT).minusDays(30);
        drafts.recordPastDiscussion(id, version(id), lastDay.minusDays(20), lastDay);
        return id;
    }

    private int version(DraftId id) {
        return drafts.find(id).orElseThrow().version();
    }
}
