import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  landChange,
  refuseBroken,
  runRotationChange
} from "./chunk-YH4AXENT.js";
import "./chunk-SSSOOXPN.js";
import "./chunk-B77Q2ZEC.js";
import "./chunk-JHUN6U3K.js";
import "./chunk-PN6AARRH.js";
import "./chunk-JUWO424D.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-UX6G35WG.js";
import "./chunk-3LT6AS2V.js";
import "./chunk-7GEI5QHS.js";
import "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import "./chunk-PB4ZUTE6.js";
import "./chunk-S6J3LX2I.js";
import "./chunk-73OYBMYQ.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-Q2XF5J2X.js";
import "./chunk-AOXM2EAM.js";
import "./chunk-HPB5NIOG.js";
export {
  landChange,
  refuseBroken,
  runRotationChange
};
