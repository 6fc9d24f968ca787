package uz.muhokama.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A large, varied corpus of provisions made from the real Labour Code texts (Uzbek and Russian): each generated
 * article takes its heading and first sentence from a real article and further sentences from other articles of the
 * same language, with some numbers changed; a fifth of the Uzbek ones are written in Cyrillic. Sixty articles make
 * one act, with a type, status, year and number. Generated once per size (fixed seeds) and kept under {@code target/}.
 */
final class LegislationBenchCorpus {

    static final Path SOURCES = Path.of("..", "shared", "corpus", "legislation");
    static final String[] TYPES = {"CODE", "LAW", "PRESIDENTIAL_DECREE", "PRESIDENTIAL_RESOLUTION",
            "CABINET_RESOLUTION", "DEPARTMENTAL_ACT"};
    static final String[] STATUSES = {"IN_FORCE", "IN_FORCE", "IN_FORCE", "LOST_FORCE", "NOT_YET_IN_FORCE"};
    static final int ARTICLES_PER_ACT = 60;
    /** Raised whenever the generation changes, so that a cached corpus (and its index) of another is not used. */
    static final String VERSION = "v2";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:])\\s+|\\n+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+");
    private static final Pattern ARTICLE_WORD = Pattern.compile("(Статья|Модда) \\d+");
    private static final int CHUNK = 6_000;
    private static final long SEED = 20261126L;

    /** One generated provision. */
    record Provision(String id, int act, String language, String type, String status, int year, String title,
                     String text) {
    }

    private LegislationBenchCorpus() {
    }

    /**
     * The corpus of this size, generated into the cache folder when not there yet: in chunks of whole acts, each from
     * its own seed, generated and compressed on all cores and written in order as concatenated gzip members.
     */
    static Path file(Path cache, int size) throws IOException {
        Path file = cache.resolve("corpus-" + size + "-" + VERSION + ".bin.gz");
        if (!Files.exists(file)) {
            Files.createDirectories(cache);
            Path partial = cache.resolve(file.getFileName() + ".partial");
            Sources sources = Sources.read();
            int threads = Runtime.getRuntime().availableProcessors();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20);
                 ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                Deque<Future<byte[]>> window = new ArrayDeque<>();
                for (int from = 0; from < size; from += CHUNK) {
                    int start = from;
                    window.add(pool.submit(() -> chunk(sources, start, Math.min(size, start + CHUNK))));
                    if (window.size() > threads * 2) {
                        out.write(window.removeFirst().get());
                    }
                }
                while (!window.isEmpty()) {
                    out.write(window.removeFirst().get());
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new IOException("Corpus generation failed", e);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static void read(Path file, Consumer<Provision> consumer) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16)))) {
            while (true) {
                String id;
                try {
                    id = in.readUTF();
                } catch (EOFException end) {
                    return;
                }
                consumer.accept(new Provision(id, in.readInt(), in.readUTF(), in.readUTF(), in.readUTF(),
                        in.readInt(), in.readUTF(), in.readUTF()));
            }
        }
    }

    static String actNumber(int act, String language) {
        return (language.equals("ru") ? "ЗРУ-" : language.equals("uz-Cyrl") ? "ЎРҚ-" : "OʻRQ-") + (100 + act);
    }

    private static void write(DataOutputStream out, Provision p) throws IOException {
        out.writeUTF(p.id());
        out.writeInt(p.act());
        out.writeUTF(p.language());
        out.writeUTF(p.type());
        out.writeUTF(p.status());
        out.writeInt(p.year());
        out.writeUTF(p.title());
        out.writeUTF(p.text());
    }

    private record Article(String number, String title, List<String> sentences) {
    }

    /** The real articles the provisions are made of, in the three scripts. */
    private record Sources(List<Article> uzbek, List<Article> russian, List<Article> cyrillic) {

        static Sources read() throws IOException {
            List<Article> uzbek = articles("labour-code-2022.uz-latn.articles.json");
            return new Sources(uzbek, articles("labour-code-2022.ru.articles.json"),
                    LegislationBenchCorpus.cyrillic(uzbek));
        }

        List<Article> of(String language) {
            return language.equals("ru") ? russian : language.equals("uz-Cyrl") ? cyrillic : uzbek;
        }
    }

    /** Provisions {@code from} (a multiple of {@link #CHUNK}) to {@code to}, as one gzip member. */
    private static byte[] chunk(Sources sources, int from, int to) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FastGzip(bytes), 1 << 16))) {
            Random random = new Random(SEED + from);
            for (int i = from; i < to; i++) {
                write(out, provision(sources, i, random));
            }
        }
        return bytes.toByteArray();
    }

    private static Provision provision(Sources sources, int i, Random random) {
        int act = i / ARTICLES_PER_ACT;
        int number = i % ARTICLES_PER_ACT + 1;
        Random actRandom = new Random(act * 31L + 7);
        String language = switch (act % 10) {
            case 0, 1, 2, 3 -> "uz-Latn";
            case 4, 5 -> "uz-Cyrl";
            default -> "ru";
        };
        List<Article> pool = sources.of(language);
        Article base = pool.get(random.nextInt(pool.size()));
        StringBuilder text = new StringBuilder(vary(base.sentences().getFirst(), random));
        int more = random.nextInt(6);
        for (int s = 0; s < more; s++) {
            List<String> other = pool.get(random.nextInt(pool.size())).sentences();
            text.append(s % 2 == 0 ? " " : "\n").append(vary(other.get(random.nextInt(other.size())), random));
        }
        String title = LEADING_NUMBER.matcher(base.title()).replaceFirst(Integer.toString(number));
        title = ARTICLE_WORD.matcher(title).replaceFirst("$1 " + number);
        return new Provision("bench:" + act + ":art_" + number, act, language,
                TYPES[actRandom.nextInt(TYPES.length)], STATUSES[actRandom.nextInt(STATUSES.length)],
                1995 + actRandom.nextInt(31), title, text.toString());
    }

    /** Gzip at the fastest level: the cache is written once and read often, and its size hardly matters. */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static String vary(String sentence, Random random) {
        if (random.nextInt(3) != 0) {
            return sentence;
        }
        Matcher numbers = NUMBER.matcher(sentence);
        StringBuilder varied = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(varied, Integer.toString(1 + random.nextInt(400)));
        }
        return numbers.appendTail(varied).toString();
    }

    private static List<Article> articles(String file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, String> byNumber = new ObjectMapper().readValue(Files.readString(SOURCES.resolve(file)),
                LinkedHashMap.class);
        List<Article> articles = new ArrayList<>();
        byNumber.forEach((number, text) -> {
            int lineEnd = text.indexOf('\n');
            String title = lineEnd < 0 ? text : text.substring(0, lineEnd);
            List<String> sentences = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(lineEnd < 0 ? text : text.substring(lineEnd + 1))) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
            if (sentences.isEmpty()) {
                sentences.add(title);
            }
            articles.add(new Article(number, title, sentences));
        });
        return articles;
    }

    private static List<Article> cyrillic(List<Article> latin) {
        Transliterator toCyrillic = Transliterator.getInstance("uz_Latn-uz_Cyrl");
        return latin.stream().map(a -> new Article(a.number(), toCyrillic.transliterate(a.title()),
                a.sentences().stream().map(toCyrillic::transliterate).toList())).toList();
    }
}
