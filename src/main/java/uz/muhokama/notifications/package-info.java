/** Messages to people: e-mail through an SMTP server (and, later, in-app notices, subscriptions and feeds). */
package uz.muhokama.notifications;
