package uz.muhokama.legislation;

import java.time.LocalDate;

/**
 * What is known of an act besides its text, as an administrator confirms it when importing.
 *
 * @param type the kind of act
 * @param number the number as written ({@code OʻRQ-798}, {@code 409})
 * @param adoptedOn the adoption date
 * @param issuingBody who adopted it, if known
 * @param publicationSource where it was officially published ("Qonunchilik maʼlumotlari milliy bazasi")
 * @param publicationDate when
 * @param publicationNumber the official publication number ({@code 02/22/798/0972})
 * @param status whether it is in force
 * @param statusSince since when that status holds
 * @param mojRegistrationNo the Ministry of Justice registration number of a departmental act
 * @param mojRegisteredOn its registration date
 */
public record ActMetadata(ActType type, String number, LocalDate adoptedOn, String issuingBody,
                          String publicationSource, LocalDate publicationDate, String publicationNumber,
                          ActStatus status, LocalDate statusSince, String mojRegistrationNo,
                          LocalDate mojRegisteredOn) {
}
