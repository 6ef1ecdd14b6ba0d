import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  landChange,
  refuseBroken,
  runRotationChange
} from "./chunk-53PYBLRP.js";
import "./chunk-NCOIEIMK.js";
import "./chunk-S5VQBWSF.js";
import "./chunk-BGMSWMLP.js";
import "./chunk-PN6AARRH.js";
import "./chunk-JUWO424D.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-UX6G35WG.js";
import "./chunk-ASLNQP5K.js";
import "./chunk-7GEI5QHS.js";
import "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import "./chunk-QM2JFRFK.js";
import "./chunk-GHX3PJR2.js";
import "./chunk-LOBUB4XV.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-TNT4ZGX7.js";
import "./chunk-VBK24MNS.js";
import "./chunk-HPB5NIOG.js";
export {
  landChange,
  refuseBroken,
  runRotationChange
};
