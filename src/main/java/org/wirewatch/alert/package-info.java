/**
 * Alert rules and their matching: which updates a newsroom wants to be told about. Matching runs
 * off the FX thread as a subscriber of the timeline's change stream; faces (the window, the wall,
 * notifications, headless output) act on the events.
 */
package org.wirewatch.alert;
