/**
 * Open Badges 3.0 credentials (issue 25): each organisation signs the credentials of its certificates with its own
 * P-256 key as a VC-JWT, publishes its public keys in a did:web document and its revocations in a Bitstring Status
 * List, so that anyone can check a credential with independent tools, offline except for the status.
 */
package de.ffit.campus.badge;
