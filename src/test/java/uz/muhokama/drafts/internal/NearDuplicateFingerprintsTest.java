package uz.muhokama.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateFingerprintsTest {

    static final String CAMPAIGN = "Biz ushbu qonun loyihasining 3-moddasiga qarshimiz, chunki u ish vaqtini "
            + "haftasiga qirq sakkiz soatgacha uzaytiradi va dam olish kunlarini qisqartiradi. Ishchilarning "
            + "sogʻligʻi va oilasi bilan oʻtkazadigan vaqti har qanday iqtisodiy foydadan muhimroqdir. Moddani "
            + "loyihadan chiqarishni va amaldagi tartibni saqlab qolishni talab qilamiz.";

    static final String CAMPAIGN_CYRILLIC = "Биз ушбу қонун лойиҳасининг 3-моддасига қаршимиз, чунки у иш вақтини "
            + "ҳафтасига қирқ саккиз соатгача узайтиради ва дам олиш кунларини қисқартиради. Ишчиларнинг "
            + "соғлиғи ва оиласи билан ўтказадиган вақти ҳар қандай иқтисодий фойдадан муҳимроқдир. Моддани "
            + "лойиҳадан чиқаришни ва амалдаги тартибни сақлаб қолишни талаб қиламиз.";

    static final String OTHER = "Loyihaning 7-moddasida masofadan ishlash tartibi aniq yozilmagan: ish beruvchi "
            + "xodimga kompyuter va internet xarajatlarini qanday qoplashi koʻrsatilishi kerak. Shuningdek, "
            + "ish vaqtini hisobga olish elektron tizim orqali yuritilishini taklif qilaman.";

    LshIndex index = new LshIndex(0.8);
    TextFingerprints fingerprints = new TextFingerprints(index.length());

    long assign(long id, String text) {
        return index.assign(id, fingerprints.signature(text));
    }

    @Test
    void identical_texts_join_the_group_of_the_first() {
        assertThat(assign(1, CAMPAIGN)).isEqualTo(1);
        assertThat(assign(2, CAMPAIGN)).isEqualTo(1);
        assertThat(assign(3, CAMPAIGN)).isEqualTo(1);
    }

    @Test
    void case_punctuation_spacing_and_apostrophes_do_not_matter() {
        assign(1, CAMPAIGN);

        String retyped = CAMPAIGN.toUpperCase().replace("ʻ", "'").replace(",", " ,").replace(".", "!!!")
                .replace(" ", "   \n");
        assertThat(assign(2, retyped)).isEqualTo(1);
    }

    @Test
    void a_text_with_typos_joins_the_group() {
        assign(1, CAMPAIGN);

        String typos = CAMPAIGN.replace("uzaytiradi", "uzaytradi").replace("talab", "tallab");
        assertThat(assign(2, typos)).isEqualTo(1);
    }

    @Test
    void the_cyrillic_version_of_a_text_joins_the_latin_group() {
        assign(1, CAMPAIGN);

        assertThat(TextFingerprints.words(CAMPAIGN_CYRILLIC)).containsExactly(TextFingerprints.words(CAMPAIGN));
        assertThat(assign(2, CAMPAIGN_CYRILLIC)).isEqualTo(1);
    }

    @Test
    void different_texts_stay_apart() {
        assign(1, CAMPAIGN);

        assertThat(assign(2, OTHER)).isEqualTo(2);
        assertThat(assign(3, "Qoʻllab-quvvatlayman")).isEqualTo(3);
        assertThat(assign(4, "Qarshiman")).isEqualTo(4);
        assertThat(assign(5, OTHER)).isEqualTo(2);
    }

    @Test
    void half_of_a_text_is_not_the_same_text() {
        assign(1, CAMPAIGN);

        assertThat(assign(2, CAMPAIGN.substring(0, CAMPAIGN.length() / 2))).isEqualTo(2);
    }

    @Test
    void the_bands_are_chosen_to_find_pairs_at_the_threshold() {
        for (double t : new double[] {0.5, 0.7, 0.8, 0.9, 0.95}) {
            int[] shape = LshIndex.shape(t);
            int bands = shape[0];
            int rows = shape[1];
            double recall = 1 - Math.pow(1 - Math.pow(t, rows), bands);
            assertThat(bands * rows).as("signature length at %s", t).isLessThanOrEqualTo(128);
            assertThat(recall).as("recall at %s", t).isGreaterThanOrEqualTo(0.97);
        }
    }
}
