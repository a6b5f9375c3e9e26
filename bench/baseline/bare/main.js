// Baseline "bare": MapLibre with the app's water background and no data.
import { startMap } from '../common.js';

startMap({}, []);
