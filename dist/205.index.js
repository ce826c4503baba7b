export const id = 205;
export const ids = [205];
export const modules = {

/***/ 205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readModelRoutes: () => (/* binding */ readModelRoutes)
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(4570);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/commandBuilder.js



const command = (0,client.makeBuilder)(EndpointParameters/* commonParams */.S, "AmazonBedrockControlPlaneService", "BedrockClient", endpoints.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(9828);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/commands/GetInferenceProfileCommand.js


class GetInferenceProfileCommand extends command(_ep0, _mw0, "GetInferenceProfile", schemas_0/* GetInferenceProfile$ */.hai) {
}

// EXTERNAL MODULE: ./src/aws/iamResponses.ts
var iamResponses = __webpack_require__(510);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/current/modelRoutes.ts
// Where the inference profiles of the `models` input route: Bedrock's GetInferenceProfile, one
// call per profile, in parallel, in the deploy region. A refusal is an answer (the documented
// regions are granted instead, said so in one line); a profile Bedrock does not know is the
// user's mistake, in one line, before any write.



const FOUNDATION_MODEL = /^arn:aws(-cn|-us-gov)?:bedrock:[a-z0-9-]*::foundation-model\/[a-z0-9.:-]+$/;
const isNotFound = (error) => error instanceof Error &&
    ['ResourceNotFoundException', 'ValidationException'].includes(error.name);
async function readModelRoutes(bedrock, refs, region) {
    const profiles = refs.flatMap((ref) => ref.kind === 'system-profile' ? [ref.id] : ref.kind === 'application-profile' ? [ref.arn] : []);
    const routes = new Map();
    const unread = new Map();
    await Promise.all(profiles.map(async (identifier) => {
        try {
            const answer = await bedrock.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: identifier }));
            // One model each, of this partition: an answer naming anything else is not used.
            const models = (answer.models ?? []).flatMap((model) => model.modelArn && FOUNDATION_MODEL.test(model.modelArn) ? [model.modelArn] : []);
            if (models.length > 0 && models.length === (answer.models ?? []).length) {
                routes.set(identifier, models);
            }
            else {
                unread.set(identifier, 'GetInferenceProfile named no foundation model ARN');
            }
        }
        catch (error) {
            if ((0,iamResponses/* isAccessDenied */.w7)(error)) {
                unread.set(identifier, 'bedrock:GetInferenceProfile was refused');
                return;
            }
            if (isNotFound(error)) {
                throw new errors/* InputError */.dz(`Input models: Bedrock knows no inference profile ${identifier} in ${region} (${error.message}); check the id and the region.`);
            }
            throw error;
        }
    }));
    return { routes, unread };
}


/***/ })

};
