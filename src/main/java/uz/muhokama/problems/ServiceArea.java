package uz.muhokama.problems;

import java.util.List;
import uz.muhokama.accounts.OrganisationId;

/**
 * An area an organisation serves, as administrators see it.
 *
 * @param boundaryWkt the polygon or multipolygon in WKT, longitude before latitude (WGS 84)
 * @param latitude a point inside the area, to mark it on a map
 * @param longitude a point inside the area, to mark it on a map
 * @param categoryCodes the categories the organisation answers for inside the area
 */
public record ServiceArea(long id, OrganisationId organisation, String name, String district, String boundaryWkt,
                          double latitude, double longitude, List<String> categoryCodes) {
}
