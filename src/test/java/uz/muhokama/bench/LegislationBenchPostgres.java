package uz.muhokama.bench;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.postgresql.PGConnection;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.TextAnalyzers;

/**
 * PostgreSQL full-text search over the same generated provisions: a stored {@code tsvector} (title weighted A) with a
 * GIN index built after loading, Russian rows with the {@code russian} configuration, Uzbek rows folded to Latin (the same folding the
 * Lucene index applies, so PostgreSQL is not penalised for scripts) with {@code simple}; a search ORs the query read
 * both ways ({@code websearch_to_tsquery}), filters, ranks with {@code ts_rank} and keeps the top 10.
 */
final class LegislationBenchPostgres {

    private static final String TABLE = "bench_provision";

    private LegislationBenchPostgres() {
    }

    /**
     * Loads the corpus unless the table already holds it: {@code COPY} on one connection per core into an unlogged
     * table without indexes (the {@code tsvector} is computed as rows arrive, which is the cost), then the GIN index
     * with a large {@code maintenance_work_mem}. A rerun with a different size drops and reloads.
     */
    static void load(Connection db, Path corpus, int size, ConnectionFactory connections)
            throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            if (rows(statement) == size) {
                return;
            }
            long started = System.nanoTime();
            statement.execute("drop table if exists " + TABLE);
            statement.execute("""
                    create unlogged table bench_provision (
                        id text not null, language text not null, type text not null, status text not null,
                        year int not null, cfg regconfig not null, title text not null, body text not null,
                        tsv tsvector generated always as (setweight(to_tsvector(cfg, title), 'A')
                            || to_tsvector(cfg, body)) stored)""");
            int parts = Runtime.getRuntime().availableProcessors();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<CompletableFuture<Void>> copies = new ArrayList<>();
                for (int part = 0; part < parts; part++) {
                    int mine = part;
                    copies.add(CompletableFuture.runAsync(
                            () -> copyPart(connections, corpus, mine, parts, threads), threads));
                }
                copies.forEach(CompletableFuture::join);
            }
            double copied = LegislationSearchBench.seconds(started);
            long indexing = System.nanoTime();
            statement.execute("set maintenance_work_mem = '1GB'");
            statement.execute("create index bench_provision_tsv on bench_provision using gin (tsv)");
            statement.execute("analyze bench_provision");
            System.out.printf("BENCH PostgreSQL: %,d rows with tsvector copied in %.1f s (%,.0f rows/s, %d "
                            + "connections), GIN index in %.1f s%n", size, copied, size / copied, parts,
                    LegislationSearchBench.seconds(indexing));
        }
    }

    /** Opens one more connection to the benchmark's database. */
    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private static long rows(Statement statement) throws SQLException {
        try (ResultSet exists = statement.executeQuery("select to_regclass('bench_provision') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return -1;
            }
        }
        try (ResultSet count = statement.executeQuery(
                "select count(*) from bench_provision where exists (select 1 from pg_indexes "
                        + "where indexname = 'bench_provision_tsv')")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Copies every {@code parts}-th provision, starting at {@code part}, through a connection of its own. */
    private static void copyPart(ConnectionFactory connections, Path corpus, int part, int parts,
                                 ExecutorService threads) {
        try (Connection db = connections.open()) {
            PipedWriter writer = new PipedWriter();
            PipedReader reader = new PipedReader(writer, 1 << 20);
            CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
                int[] row = {0};
                try (Writer out = writer) {
                    LegislationBenchCorpus.read(corpus, p -> {
                        if (row[0]++ % parts == part) {
                            line(out, p);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, threads);
            db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bench_provision (id, language, type, status, year, cfg, title, body) from stdin", reader);
            producer.join();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into PostgreSQL failed", e);
        }
    }

    private static void line(Writer out, LegislationBenchCorpus.Provision p) {
        boolean russian = p.language().equals("ru");
        try {
            out.write(escape(p.id() + ":" + p.language()) + '\t' + p.language() + '\t' + p.type() + '\t'
                    + p.status() + '\t' + p.year() + '\t' + (russian ? "russian" : "simple") + '\t'
                    + escape(russian ? p.title() : TextAnalyzers.foldUzbek(p.title())) + '\t'
                    + escape(russian ? p.text() : TextAnalyzers.foldUzbek(p.text())) + '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Runs one search and reads the ids of its top 10. */
    static int search(Connection db, SearchRequest request) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                select id from bench_provision,
                    (select websearch_to_tsquery('russian', ?) || websearch_to_tsquery('simple', ?) as q) as words
                where tsv @@ words.q""");
        List<Object> parameters = new ArrayList<>(List.of(request.query(), TextAnalyzers.foldUzbek(request.query())));
        request.filters().forEach((facet, values) -> {
            sql.append(" and ").append(column(facet)).append(" = any(?)");
            parameters.add(values);
        });
        if (request.yearFrom() != null) {
            sql.append(" and year >= ?");
            parameters.add(request.yearFrom());
        }
        if (request.yearTo() != null) {
            sql.append(" and year <= ?");
            parameters.add(request.yearTo());
        }
        sql.append(request.byDate() ? " order by year desc" : " order by ts_rank(tsv, words.q) desc")
                .append(" limit 10");
        try (PreparedStatement statement = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Set<?> values) {
                    statement.setArray(i + 1, db.createArrayOf("text", values.toArray()));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            int found = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found++;
                }
            }
            return found;
        }
    }

    private static String column(String facet) {
        return switch (facet) {
            case "type", "status", "language" -> facet;
            default -> throw new IllegalArgumentException(facet);
        };
    }
}
