/**
 * The learner kiosk: a shared device at a location (registered by a coordinator, set up once with a setup code),
 * where a learner signs in with their learner card and PIN and sees only their own progress, in their language.
 * Also the learner cards (PDF) and the PINs behind them. The device signs in by its cookie on the kiosk's paths:
 * {@code KioskDeviceCookie} is the {@code DeviceSignIn} that the platform's authentication mechanism asks there.
 */
package de.ffit.campus.kiosk;
