package dev.assay.rubric.model;

import java.util.List;

/**
 * One expected STAR section.
 *
 * @param label   S, T, A or R
 * @param weight  its share of the structure credit, positive
 * @param cues    what the section should say (the bank's description); also a segmentation cue
 * @param example the model answer's text for this section, if the bank gives one
 */
public record StarSection(StarLabel label, double weight, List<String> cues, String example) {

    public StarSection {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
