// Independent check of an ffIT Campus credential (issue 25), with libraries that share no code with the app:
// npm jose 6 verifies the VC-JWT with the public key from the organisation's served did:web document, and refuses it
// after a one-byte change of payload or signature; did-jwt-vc 4 verifies it again through a did:web resolver; the
// status list (a signed VC-JWT too) is decoded (base64url, gunzip) and the credential's bit printed.
// Usage: node credential-check.mjs APP_BASE PUBLIC_BASE CODE
//   APP_BASE where the app answers (http://127.0.0.1:8080/ffit-campus), PUBLIC_BASE its FFIT_PUBLIC_URL (the did:web
//   host; its addresses are fetched from APP_BASE), CODE a certificate's verification code. Prints one JSON line.
import { compactVerify, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { verifyCredential } from 'did-jwt-vc';
import { Resolver } from 'did-resolver';
import { gunzipSync } from 'node:zlib';

const [appBase, publicBase, code] = process.argv.slice(2);
const local = (url) => url.replace(publicBase, appBase);
const get = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
};
// did:web:host(%3Aport):path:segments -> https://host/path/segments/did.json, here fetched from the app itself
const didUrl = (did) => {
  const [host, ...path] = did.slice('did:web:'.length).split(':');
  const origin = new URL(publicBase).origin;
  if (decodeURIComponent(host) !== new URL(publicBase).host) throw new Error(`not our host: ${did}`);
  return local(`${origin}/${path.join('/')}/did.json`);
};
const keyOf = async (jwt) => {
  const { kid, alg } = decodeProtectedHeader(jwt);
  const did = kid.split('#')[0];
  const doc = JSON.parse(await get(didUrl(did)));
  const method = doc.verificationMethod.find((m) => m.id === kid);
  if (!method || !doc.assertionMethod.includes(kid)) throw new Error(`${kid} is not an assertion key of ${did}`);
  if ('d' in method.publicKeyJwk) throw new Error('the DID document publishes a private key');
  return importJWK(method.publicKeyJwk, alg);
};
const rejects = async (jwt, key) => {
  try { await compactVerify(jwt, key); return false; } catch { return true; }
};
const flip = (part, at) => {
  const bytes = Buffer.from(part, 'base64url');
  bytes[at] ^= 1;
  return bytes.toString('base64url');
};

const jwt = (await get(`${appBase}/api/verify/${code}/credential`)).trim();
const key = await keyOf(jwt);
const { payload, protectedHeader } = await jwtVerify(jwt, key, { algorithms: ['ES256'] });
const [h, p, s] = jwt.split('.');
const result = {
  joseVerified: payload.iss === payload.vc.issuer.id && payload.jti === payload.vc.id,
  header: Object.keys(protectedHeader).sort().join(','),
  tamperedPayloadRejected: await rejects(`${h}.${flip(p, Math.floor(p.length / 3))}.${s}`, key),
  tamperedSignatureRejected: await rejects(`${h}.${p}.${flip(s, 5)}`, key),
};
// did-jwt-vc 4 knows VC 1.1 only: its format policy (which wants the 2018 context) is off, its signature check and
// did:web resolution are what is used
const resolver = new Resolver({
  web: async (did) => ({ didResolutionMetadata: {}, didDocumentMetadata: {},
    didDocument: JSON.parse(await get(didUrl(did))) }),
});
const verified = await verifyCredential(jwt, resolver, { policies: { format: false } });
result.didJwtVcVerified = verified.verified === true && verified.issuer === payload.iss;

const status = payload.vc.credentialStatus;
const listJwt = await get(local(status.statusListCredential));
const list = await jwtVerify(listJwt, await keyOf(listJwt), { algorithms: ['ES256'] });
const encoded = list.payload.vc.credentialSubject.encodedList;
const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
const index = Number(status.statusListIndex);
result.listEntries = bits.length * 8;
result.statusBit = (bits[index >> 3] >> (7 - (index & 7))) & 1;
console.log(JSON.stringify(result));
