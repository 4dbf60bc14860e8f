package io.sitrep.bench;

import io.sitrep.StandardPipeline;
import io.sitrep.pipeline.Stage;

import java.util.StringJoiner;

/** Prints the stages of the standard pipeline, for the header of a benchmark result. */
public final class StageNames {
    private StageNames() {
    }

    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(" → ");
        for (Stage s : StandardPipeline.build().stages()) {
            j.add(s.name());
        }
        System.out.println(j);
    }
}
