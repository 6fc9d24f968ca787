package uz.muhokama.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountAdministration;
import uz.muhokama.accounts.AccountUser;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.NewAccount;
import uz.muhokama.accounts.NewOrganisation;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.problems.ApiKeyService;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.LocalizedText;
import uz.muhokama.problems.NewCategory;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.NewServiceArea;
import uz.muhokama.problems.PhotoUpload;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportId;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.SupportedLocale;

/**
 * Problem reports for the demo: categories in four languages, two waste operators beside the water, power and gas
 * utilities, rough service areas for four Tashkent districts (streets and lighting are left to triage on purpose),
 * three residents, about two hundred reports over the last two months in every status, some with photos drawn here,
 * and a published Open311 key for trying the API ({@value #OPEN311_KEY}).
 */
@Component
class ProblemsDemo {

    /** The demo Open311 client's key, as the README gives it. */
    static final String OPEN311_KEY = "demo-open311-key-2026";
    static final int REPORTS = 200;

    private static final String RESIDENT_PASSWORD = PeopleDemo.PASSWORD;

    private record District(String name, double minLat, double maxLat, double minLon, double maxLon) {
        String wkt() {
            double midLon = (minLon + maxLon) / 2;
            return String.format(Locale.ROOT, "POLYGON((%.4f %.4f, %.4f %.4f, %.4f %.4f, %.4f %.4f, %.4f %.4f, %.4f %.4f))",
                    minLon, minLat, maxLon, minLat + 0.004, maxLon, maxLat, midLon, maxLat + 0.003, minLon, maxLat,
                    minLon, minLat);
        }
    }

    private static final List<District> DISTRICTS = List.of(
            new District("Chilonzor", 41.255, 41.305, 69.165, 69.235),
            new District("Yakkasaroy", 41.280, 41.305, 69.240, 69.280),
            new District("Yunusobod", 41.340, 41.385, 69.260, 69.320),
            new District("Mirzo Ulugʻbek", 41.305, 41.355, 69.300, 69.370));

    private record Demo(String code, CategoryGroup group, int days, String uz, String cyrl, String ru, String en) {
    }

    private static final List<Demo> CATEGORIES = List.of(
            new Demo("water-leak", CategoryGroup.WATER, 5, "Quvurdan suv oqishi", "Қувурдан сув оқиши", "Утечка воды",
                    "Water leak"),
            new Demo("no-water", CategoryGroup.WATER, 3, "Suv yoʻq", "Сув йўқ", "Нет воды", "No water"),
            new Demo("sewage-blockage", CategoryGroup.SEWAGE, 5, "Kanalizatsiya tiqilib qolgan",
                    "Канализация тиқилиб қолган", "Засор канализации", "Blocked sewer"),
            new Demo("power-outage", CategoryGroup.POWER, 3, "Elektr yoʻq", "Электр йўқ", "Нет электричества",
                    "Power outage"),
            new Demo("gas-smell", CategoryGroup.GAS, 1, "Gaz hidi", "Газ ҳиди", "Запах газа", "Smell of gas"),
            new Demo("low-gas-pressure", CategoryGroup.GAS, 5, "Gaz bosimi past", "Газ босими паст",
                    "Низкое давление газа", "Low gas pressure"),
            new Demo("no-heating", CategoryGroup.HEATING, 5, "Issiqlik yoʻq", "Иссиқлик йўқ", "Нет отопления",
                    "No heating"),
            new Demo("waste-not-collected", CategoryGroup.WASTE, 3, "Chiqindi olib ketilmagan",
                    "Чиқинди олиб кетилмаган", "Мусор не вывезен", "Waste not collected"),
            new Demo("pothole", CategoryGroup.ROADS, 15, "Yoʻldagi chuqur", "Йўлдаги чуқур", "Яма на дороге",
                    "Pothole"),
            new Demo("street-light-out", CategoryGroup.LIGHTING, 10, "Koʻcha chirogʻi yonmayapti",
                    "Кўча чироғи ёнмаяпти", "Не горит фонарь", "Street light out"),
            new Demo("lift-broken", CategoryGroup.LIFTS, 5, "Lift ishlamayapti", "Лифт ишламаяпти", "Лифт не работает",
                    "Lift out of order"),
            new Demo("yard-playground", CategoryGroup.YARDS, 15, "Hovli yoki bolalar maydonchasi buzilgan",
                    "Ҳовли ёки болалар майдончаси бузилган", "Повреждён двор или детская площадка",
                    "Damaged yard or playground"));

    private static final Map<String, List<String>> TITLES = Map.ofEntries(
            Map.entry("water-leak", List.of("Hovlida quvur yorilgan", "Yoʻlak ostidan suv oqyapti", "Koʻchada suv koʻlmak")),
            Map.entry("no-water", List.of("Ikki kundan beri suv yoʻq", "Yuqori qavatlarga suv chiqmayapti")),
            Map.entry("sewage-blockage", List.of("Podval kanalizatsiya suviga toʻldi", "Quduq qopqogʻidan oqava chiqyapti")),
            Map.entry("power-outage", List.of("Koʻcha boʻyicha elektr oʻchgan", "Kuchlanish tushib ketyapti")),
            Map.entry("gas-smell", List.of("Yoʻlakda gaz hidi keladi", "Gaz quvuri yonida hid")),
            Map.entry("low-gas-pressure", List.of("Kechqurun gaz bosimi juda past", "Pechka yonmayapti")),
            Map.entry("no-heating", List.of("Batareyalar sovuq", "Uyga issiqlik berilmayapti")),
            Map.entry("waste-not-collected", List.of("Konteynerlar toʻlib ketgan", "Uch kundan beri chiqindi olinmagan")),
            Map.entry("pothole", List.of("Yoʻlda katta chuqur", "Asfalt oʻpirilgan")),
            Map.entry("street-light-out", List.of("Koʻcha chiroqlari yonmayapti", "Oʻtish joyida chiroq yoʻq")),
            Map.entry("lift-broken", List.of("Lift bir haftadan beri ishlamaydi", "Lift qavatlar orasida toʻxtab qoldi")),
            Map.entry("yard-playground", List.of("Bolalar maydonchasidagi argʻimchoq singan", "Hovlidagi skameykalar buzilgan")));

    private static final List<String> DESCRIPTIONS = List.of(
            "Muammo bir necha kundan beri davom etmoqda, qoʻshnilar ham bezovta.",
            "Iltimos, tezroq koʻrib chiqing: bolalar va keksalar qiynalyapti.",
            "Avval ham telefon qilgandik, ammo hech kim kelmadi.",
            "Ertalab payqadik, kechgacha yanada yomonlashdi.");

    private final OrganisationService organisations;
    private final AccountAdministration accounts;
    private final MembershipService memberships;
    private final ProblemSetupService setup;
    private final ProblemService problems;
    private final ProblemStaffService staff;
    private final ApiKeyService keys;
    private final SystemAdministrator system;
    private final SecurityContextHolderStrategy securityContexts;

    ProblemsDemo(OrganisationService organisations, AccountAdministration accounts, MembershipService memberships,
                 ProblemSetupService setup, ProblemService problems, ProblemStaffService staff, ApiKeyService keys,
                 SystemAdministrator system, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.setup = setup;
        this.problems = problems;
        this.staff = staff;
        this.keys = keys;
        this.system = system;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    boolean isLoaded() {
        return problems.category("water-leak").isPresent();
    }

    void load() {
        load(REPORTS);
    }

    /** Loads the demo with a given number of reports (tests take fewer than the demo's two hundred). */
    void load(int reportCount) {
        List<AccountUser> residents = system.call(() -> {
            categories();
            Map<String, OrganisationId> utilities = utilities();
            areas(utilities);
            keys.register("Demo Open311 client", OPEN311_KEY);
            return residents();
        });
        reports(residents, reportCount);
    }

    private void categories() {
        for (Demo c : CATEGORIES) {
            List<CategoryQuestion> questions = switch (c.code()) {
                case "water-leak" -> List.of(new CategoryQuestion("where", "singlevaluelist", true, 1,
                        new LocalizedText("Suv qayerdan oqyapti?", "Сув қаердан оқяпти?", "Где течёт вода?",
                                "Where is the water coming from?"),
                        List.of(new CategoryQuestion.Choice("street", "Koʻcha / Улица"),
                                new CategoryQuestion.Choice("yard", "Hovli / Двор"),
                                new CategoryQuestion.Choice("building", "Bino ichida / В здании"))));
                case "lift-broken" -> List.of(new CategoryQuestion("entrance", "number", false, 1,
                        new LocalizedText("Podyezd raqami", "Подъезд рақами", "Номер подъезда", "Entrance number"),
                        List.of()));
                default -> List.of();
            };
            setup.createCategory(new NewCategory(c.code(), c.group(), new LocalizedText(c.uz(), c.cyrl(), c.ru(), c.en()),
                    c.days(), questions));
        }
    }

    private Map<String, OrganisationId> utilities() {
        OrganisationId wasteWest = organisations.findByCode("MAXSUSTRANS").map(OrganisationDetails::id)
                .orElseGet(() -> organisations.create(new NewOrganisation("MAXSUSTRANS", OrganisationType.UTILITY,
                        new OrganisationNames("“Maxsustrans” DUK", "“Махсустранс” ДУК", "ГУП «Махсустранс»",
                                "Maxsustrans State Unitary Enterprise (waste collection)"), null)));
        OrganisationId wasteEast = organisations.findByCode("TOZA-MAKON").map(OrganisationDetails::id)
                .orElseGet(() -> organisations.create(new NewOrganisation("TOZA-MAKON", OrganisationType.UTILITY,
                        new OrganisationNames("“Toza makon” MCHJ", "“Тоза макон” МЧЖ", "ООО «Тоза макон»",
                                "Toza Makon LLC (waste collection)"), null)));
        return Map.of("water", id(OrganisationsDemo.WATER_UTILITY), "power", id("HET"), "gas", id("HUDUDGAZ"),
                "wasteWest", wasteWest, "wasteEast", wasteEast);
    }

    private OrganisationId id(String code) {
        return organisations.findByCode(code).orElseThrow().id();
    }

    private void areas(Map<String, OrganisationId> utilities) {
        for (District district : DISTRICTS) {
            boolean west = district.name().equals("Chilonzor") || district.name().equals("Yakkasaroy");
            setup.addServiceArea(new NewServiceArea(utilities.get("water"), "Suv: " + district.name(), district.name(),
                    district.wkt(), List.of("water-leak", "no-water", "sewage-blockage")));
            setup.addServiceArea(new NewServiceArea(utilities.get("power"), "Elektr: " + district.name(),
                    district.name(), district.wkt(), List.of("power-outage", "no-heating", "lift-broken")));
            setup.addServiceArea(new NewServiceArea(utilities.get("gas"), "Gaz: " + district.name(), district.name(),
                    district.wkt(), List.of("gas-smell", "low-gas-pressure")));
            setup.addServiceArea(new NewServiceArea(utilities.get(west ? "wasteWest" : "wasteEast"),
                    "Chiqindi: " + district.name(), district.name(), district.wkt(),
                    List.of("waste-not-collected", "yard-playground")));
        }
        setup.setNoticeEmail(utilities.get("water"), "suv-murojaat@demo.muhokama.uz");
        setup.setNoticeEmail(utilities.get("power"), "elektr-murojaat@demo.muhokama.uz");
        setup.setNoticeEmail(utilities.get("gas"), "gaz-murojaat@demo.muhokama.uz");
        setup.setNoticeEmail(utilities.get("wasteWest"), "maxsustrans@demo.muhokama.uz");
        setup.setNoticeEmail(utilities.get("wasteEast"), "tozamakon@demo.muhokama.uz");
        accounts.createConfirmedAccount(new NewAccount("chiqindi@demo.muhokama.uz", "Sherzod Toʻxtayev",
                RESIDENT_PASSWORD, SupportedLocale.UZ_LATN));
        memberships.addMember(utilities.get("wasteWest"), "chiqindi@demo.muhokama.uz");
    }

    private List<AccountUser> residents() {
        List<String[]> people = List.of(new String[] {"aholi1@demo.muhokama.uz", "Gulnora Ismoilova"},
                new String[] {"aholi2@demo.muhokama.uz", "Jasur Qodirov"},
                new String[] {"aholi3@demo.muhokama.uz", "Ольга Ким"});
        return people.stream().map(p -> {
            long id = accounts.createConfirmedAccount(new NewAccount(p[0], p[1], RESIDENT_PASSWORD,
                    SupportedLocale.UZ_LATN));
            return new AccountUser(id, p[0], null, p[1], true, false,
                    List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CITIZEN)));
        }).toList();
    }

    private void reports(List<AccountUser> residents, int count) {
        Random random = new Random(2026);
        for (int i = 0; i < count; i++) {
            Demo category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            double lat;
            double lon;
            if (random.nextInt(10) == 0) {
                lat = 41.21 + random.nextDouble() * 0.03;
                lon = 69.20 + random.nextDouble() * 0.05;
            } else {
                District district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
                lat = district.minLat() + random.nextDouble() * (district.maxLat() - district.minLat()) * 0.9;
                lon = district.minLon() + random.nextDouble() * (district.maxLon() - district.minLon()) * 0.9;
            }
            List<String> titles = TITLES.get(category.code());
            String title = titles.get(random.nextInt(titles.size()));
            NewReport report = new NewReport(category.code(), lat, lon, null, title,
                    title + ". " + DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size())), random.nextInt(5) == 0,
                    category.code().equals("water-leak") ? Map.of("where", List.of("street", "yard", "building")
                            .get(random.nextInt(3))) : Map.of());
            List<PhotoUpload> photos = random.nextInt(3) == 0
                    ? List.of(new PhotoUpload("demo.jpg", photo(category.group(), random))) : List.of();
            AccountUser resident = residents.get(random.nextInt(residents.size()));
            ReportId id = as(resident, () -> problems.report(report, photos));
            int ageDays = random.nextInt(60);
            Duration age = Duration.ofDays(ageDays).plusMinutes(random.nextInt(600));
            system.run(() -> progress(id, random, ageDays, age));
        }
    }

    /**
     * Older reports have come further; a few are left behind and so overdue. Each step happens some hours or days
     * after the one before (the report is moved back in time before the next step), so that the statistics show real
     * times to respond and to fix; at the end the report is {@code age} old.
     */
    private void progress(ReportId id, Random random, int ageDays, Duration age) {
        List<Runnable> steps = new ArrayList<>();
        List<Duration> waits = new ArrayList<>();
        if (problems.find(id).orElseThrow().organisation() != null) {
            int stage = Math.min(5, random.nextInt(3) + ageDays / 8);
            if (stage >= 1) {
                waits.add(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
                steps.add(() -> staff.acknowledge(id));
            }
            if (stage >= 2) {
                waits.add(Duration.ofHours(6 + random.nextInt(4 * 24)));
                steps.add(() -> staff.changeStatus(id, random.nextBoolean() ? ProblemStatus.IN_PROGRESS
                        : ProblemStatus.ACTION_SCHEDULED, "Usta yuborildi, ish rejaga kiritildi.", List.of()));
            }
            if (stage >= 3 && random.nextInt(4) == 0) {
                waits.add(Duration.ofHours(2 + random.nextInt(48)));
                steps.add(() -> staff.extendDeadline(id, "Quvurlarni almashtirish uchun qoʻshimcha oʻrganish kerak."));
            }
            if (stage >= 4) {
                ProblemStatus end = switch (random.nextInt(8)) {
                    case 0 -> ProblemStatus.NOT_RESPONSIBLE;
                    case 1 -> ProblemStatus.CLOSED;
                    default -> ProblemStatus.FIXED;
                };
                waits.add(Duration.ofHours(12 + random.nextInt(16 * 24)));
                steps.add(() -> staff.changeStatus(id, end, "Ish bajarildi. Murojaatingiz uchun rahmat.", List.of()));
            }
        }
        Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
        double scale = total.isZero() || total.compareTo(age) < 0 ? 1 : age.toMinutes() * 0.9 / total.toMinutes();
        Duration passed = Duration.ZERO;
        for (int i = 0; i < steps.size(); i++) {
            Duration wait = Duration.ofMinutes(Math.round(waits.get(i).toMinutes() * scale));
            setup.backdate(id, wait);
            passed = passed.plus(wait);
            steps.get(i).run();
        }
        setup.backdate(id, age.minus(passed).isNegative() ? Duration.ZERO : age.minus(passed));
    }

    private <T> T as(AccountUser person, Supplier<T> work) {
        SecurityContext previous = securityContexts.getContext();
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities()));
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            securityContexts.setContext(previous);
        }
    }

    /** A simple scene drawn for the demo: sky, ground and a mark in the category's colour. */
    private static byte[] photo(CategoryGroup group, Random random) {
        BufferedImage image = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(150, 190, 230), 0, 400, new Color(225, 235, 245)));
        g.fillRect(0, 0, 960, 400);
        g.setColor(new Color(120, 115, 105));
        g.fillRect(0, 400, 960, 320);
        g.setColor(new Color(200, 190, 170));
        for (int x = 60; x < 960; x += 220) {
            g.fillRect(x, 180 + random.nextInt(60), 150, 260);
        }
        Color mark = switch (group) {
            case WATER, SEWAGE -> new Color(40, 110, 200);
            case POWER, LIGHTING -> new Color(240, 190, 30);
            case GAS, HEATING -> new Color(220, 80, 40);
            case WASTE -> new Color(60, 140, 60);
            default -> new Color(90, 90, 90);
        };
        g.setColor(mark);
        g.setStroke(new BasicStroke(14));
        int cx = 300 + random.nextInt(360);
        g.fillOval(cx, 470 + random.nextInt(80), 220, 110);
        g.drawOval(cx - 30, 450, 280, 170);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
