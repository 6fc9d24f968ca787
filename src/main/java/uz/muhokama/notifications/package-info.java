/**
 * Messages to people: e-mail through an SMTP server, and in-app notices (with their e-mails) of what happened to the
 * drafts they follow or commented on.
 */
package uz.muhokama.notifications;
