/**
 * Problem reports about utility services: placed on a map with photos, routed to the responsible organisation and
 * worked through in public; also served over the Open311 GeoReport v2 API.
 */
package uz.muhokama.problems;
