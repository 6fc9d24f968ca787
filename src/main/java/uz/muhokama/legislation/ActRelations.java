package uz.muhokama.legislation;

import java.util.List;

/**
 * Everything that links one act to others.
 *
 * @param amendedBy changes other acts made to this one, by date
 * @param amends changes this act made to others, by date
 * @param lostForceBy the act that made this one lose force, or {@code null}
 * @param repeals acts that lost force because of this one
 * @param citedBy provisions of other acts whose text cites this act
 * @param cites acts that this act's text cites
 */
public record ActRelations(List<Amendment> amendedBy, List<Amendment> amends, Repeal lostForceBy, List<Repeal> repeals,
                           List<Citation> citedBy, List<Citation> cites) {

    public ActRelations {
        amendedBy = List.copyOf(amendedBy);
        amends = List.copyOf(amends);
        repeals = List.copyOf(repeals);
        citedBy = List.copyOf(citedBy);
        cites = List.copyOf(cites);
    }

    public boolean hasAny() {
        return !(amendedBy.isEmpty() && amends.isEmpty() && lostForceBy == null && repeals.isEmpty()
                && citedBy.isEmpty() && cites.isEmpty());
    }
}
