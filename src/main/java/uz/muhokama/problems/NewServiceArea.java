package uz.muhokama.problems;

import java.util.List;
import uz.muhokama.accounts.OrganisationId;

/**
 * An area an organisation serves.
 *
 * @param boundaryWkt a polygon or multipolygon in WKT, longitude before latitude (WGS 84)
 * @param categoryCodes the categories the organisation answers for inside the area
 */
public record NewServiceArea(OrganisationId organisation, String name, String district, String boundaryWkt,
                             List<String> categoryCodes) {
}
