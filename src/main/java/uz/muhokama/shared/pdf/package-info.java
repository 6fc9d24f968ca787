/** PDF documents made from HTML, with a bundled font that covers Uzbek (both scripts) and Russian. */
package uz.muhokama.shared.pdf;
