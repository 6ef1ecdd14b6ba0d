/** A mark key pair for tests: the private key the apply signs with, and its public key. */
import { generateKeyPairSync } from 'node:crypto';

const pair = generateKeyPairSync('ed25519');
export const MARK_KEY = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
export const MARK_PUBLIC_KEY = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
