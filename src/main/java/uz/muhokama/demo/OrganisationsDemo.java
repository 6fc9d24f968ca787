package uz.muhokama.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.NewOrganisation;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.accounts.SystemAdministrator;

/** Ministries, an agency and utilities that the demo drafts and reports belong to, named in four languages. */
@Component
class OrganisationsDemo {

    static final String MINISTRY_OF_JUSTICE = "ADLIYA";
    static final String WATER_UTILITY = "TOSHSUV";

    private static final List<Demo> ORGANISATIONS = List.of(
            new Demo(MINISTRY_OF_JUSTICE, OrganisationType.MINISTRY,
                    "Oʻzbekiston Respublikasi Adliya vazirligi", "Ўзбекистон Республикаси Адлия вазирлиги",
                    "Министерство юстиции Республики Узбекистан", "Ministry of Justice of the Republic of Uzbekistan"),
            new Demo("BANDLIK", OrganisationType.MINISTRY,
                    "Kambagʻallikni qisqartirish va bandlik vazirligi", "Камбағалликни қисқартириш ва бандлик вазирлиги",
                    "Министерство по сокращению бедности и занятости", "Ministry of Poverty Reduction and Employment"),
            new Demo("RAQOBAT", OrganisationType.AGENCY,
                    "Raqobatni rivojlantirish va isteʼmolchilar huquqlarini himoya qilish qoʻmitasi",
                    "Рақобатни ривожлантириш ва истеъмолчилар ҳуқуқларини ҳимоя қилиш қўмитаси",
                    "Комитет по развитию конкуренции и защите прав потребителей",
                    "Committee for the Development of Competition and Protection of Consumer Rights"),
            new Demo("HUDUDGAZ", OrganisationType.UTILITY,
                    "“Hududgaztaʼminot” AJ", "“Ҳудудгазтаъминот” АЖ", "АО «Худудгазтаъминот»",
                    "Hududgaztaminot JSC (regional gas supply)"),
            new Demo("HET", OrganisationType.UTILITY,
                    "“Hududiy elektr tarmoqlari” AJ", "“Ҳудудий электр тармоқлари” АЖ",
                    "АО «Региональные электрические сети»", "Regional Electric Networks JSC"),
            new Demo(WATER_UTILITY, OrganisationType.UTILITY,
                    "“Toshkent shahar suv taʼminoti” MCHJ", "“Тошкент шаҳар сув таъминоти” МЧЖ",
                    "ООО «Водоснабжение города Ташкента»", "Tashkent City Water Supply LLC"));

    private final OrganisationService organisations;
    private final SystemAdministrator system;

    OrganisationsDemo(OrganisationService organisations, SystemAdministrator system) {
        this.organisations = organisations;
        this.system = system;
    }

    boolean isLoaded() {
        return organisations.findByCode(MINISTRY_OF_JUSTICE).isPresent();
    }

    void load() {
        system.run(() -> ORGANISATIONS.forEach(demo -> organisations.create(new NewOrganisation(demo.code, demo.type,
                new OrganisationNames(demo.uzLatn, demo.uzCyrl, demo.ru, demo.en), null))));
    }

    private record Demo(String code, OrganisationType type, String uzLatn, String uzCyrl,
                        String ru, String en) {
    }
}
