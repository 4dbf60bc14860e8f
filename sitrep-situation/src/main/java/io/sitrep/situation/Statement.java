package io.sitrep.situation;

import io.sitrep.model.Modality;

import java.time.LocalDate;
import java.util.List;

/** Who said what about the country: a quote or a claim, with the entities it is about. */
public record Statement(String speaker, LocalDate date, String text, List<String> about, Modality modality,
                        String article, String kind) {
    public Statement {
        about = List.copyOf(about);
    }
}
