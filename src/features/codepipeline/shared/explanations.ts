export { CODEPIPELINE_ERROR_EXPLANATIONS as CODEPIPELINE_EXPLANATIONS } from '../../../engine/codepipeline/errors';
