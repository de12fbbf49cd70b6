package com.savweb.core.config;

import com.savweb.core.model.Language;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The departments (kinds of problem) and urgency levels a dossier can have, with their French
 * and English labels and help texts, the example of a good request shown on the form, and the
 * service desk's contact details shown to people without credentials.
 *
 * <p>They are configuration, read once per container from {@code catalogue.json} on the class
 * path; changing them needs a redeploy but no code change. Ids are stored on dossiers, so an id
 * must never be reused for something else.
 */
@Singleton
public class Catalogue {

    private final Content content;

    /** Loads {@code catalogue.json}; fails the container start if it is missing or broken. */
    public Catalogue(ObjectMapper json) {
        try (InputStream in = Catalogue.class.getResourceAsStream("/catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("catalogue.json is missing from the class path");
            }
            this.content = json.readValue(in, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue.json cannot be read", e);
        }
    }

    /** The whole catalogue, as served to the site. */
    public Content content() {
        return content;
    }

    /** The department with this id, if any. */
    public Optional<Entry> department(String id) {
        return content.departments().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The urgency level with this id, if any. */
    public Optional<Entry> urgency(String id) {
        return content.urgencies().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The rank of an urgency (1 is the most urgent); unknown ids sort last. */
    public int urgencyRank(String id) {
        return urgency(id).map(Entry::rank).orElse(9);
    }

    /** The label of a department or urgency id in a language, or the id itself if unknown. */
    public String label(String id, Language language) {
        return department(id).or(() -> urgency(id))
                .map(entry -> entry.label().getOrDefault(language.tag(), id))
                .orElse(id);
    }

    /** The catalogue file: departments, urgencies, an example, and the desk's contact. */
    @Serdeable
    public record Content(List<Entry> departments, List<Entry> urgencies,
            Map<String, Example> example, Contact contact) {
    }

    /** How to reach the service desk without credentials; {@code hours} per language. */
    @Serdeable
    public record Contact(String phone, String email, Map<String, String> hours) {
    }

    /** One department or urgency level; {@code rank} orders urgencies, 1 first. */
    @Serdeable
    public record Entry(String id, int rank, Map<String, String> label,
            Map<String, String> help) {
    }

    /** An example of a well-written dossier, per language. */
    @Serdeable
    public record Example(String department, String urgency, String subject,
            String description) {
    }
}
