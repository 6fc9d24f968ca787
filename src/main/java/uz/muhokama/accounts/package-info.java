/**
 * People and organisations: sign-up, sign-in (password or OpenID Connect), profile, password reset, organisations,
 * memberships and roles.
 */
package uz.muhokama.accounts;
