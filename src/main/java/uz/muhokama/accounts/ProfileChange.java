package uz.muhokama.accounts;

import uz.muhokama.shared.SupportedLocale;

/** A change of the profile, based on the {@link Profile#version()} the person saw. */
public record ProfileChange(String displayName, PublicNameChoice publicName, SupportedLocale language, int version) {
}
