/** CodeArtifact's REST-JSON routes, the same table the mocked endpoints read. */
export { codeartifactApi as codeartifact } from '../../engine/codeartifact/http-bindings';
