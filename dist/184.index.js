export const id = 184;
export const ids = [184];
export const modules = {

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BedrockClient: () => (/* reexport */ BedrockClient)
});

// UNUSED EXPORTS: $Command, AccessDeniedException, AccessDeniedException$, AccountEnforcedGuardrailInferenceInputConfiguration$, AccountEnforcedGuardrailOutputConfiguration$, AdvancedPromptOptimizationInputConfig$, AdvancedPromptOptimizationJobStatus, AdvancedPromptOptimizationJobSummary$, AdvancedPromptOptimizationOutputConfig$, AgreementAvailability$, AgreementStatus, ApplicationType, ArchiveProject$, ArchiveProjectCommand, ArchiveProjectRequest$, ArchiveProjectResponse$, AttributeType, AuthorizationStatus, AutomatedEvaluationConfig$, AutomatedEvaluationCustomMetricConfig$, AutomatedEvaluationCustomMetricSource$, AutomatedReasoningCheckFinding$, AutomatedReasoningCheckImpossibleFinding$, AutomatedReasoningCheckInputTextReference$, AutomatedReasoningCheckInvalidFinding$, AutomatedReasoningCheckLogicWarning$, AutomatedReasoningCheckLogicWarningType, AutomatedReasoningCheckNoTranslationsFinding$, AutomatedReasoningCheckResult, AutomatedReasoningCheckRule$, AutomatedReasoningCheckSatisfiableFinding$, AutomatedReasoningCheckScenario$, AutomatedReasoningCheckTooComplexFinding$, AutomatedReasoningCheckTranslation$, AutomatedReasoningCheckTranslationAmbiguousFinding$, AutomatedReasoningCheckTranslationOption$, AutomatedReasoningCheckValidFinding$, AutomatedReasoningLogicStatement$, AutomatedReasoningPolicyAddRuleAnnotation$, AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$, AutomatedReasoningPolicyAddRuleMutation$, AutomatedReasoningPolicyAddTypeAnnotation$, AutomatedReasoningPolicyAddTypeMutation$, AutomatedReasoningPolicyAddTypeValue$, AutomatedReasoningPolicyAddVariableAnnotation$, AutomatedReasoningPolicyAddVariableMutation$, AutomatedReasoningPolicyAnnotatedChunk$, AutomatedReasoningPolicyAnnotatedContent$, AutomatedReasoningPolicyAnnotatedLine$, AutomatedReasoningPolicyAnnotation$, AutomatedReasoningPolicyAnnotationStatus, AutomatedReasoningPolicyAtomicStatement$, AutomatedReasoningPolicyBuildDocumentContentType, AutomatedReasoningPolicyBuildLog$, AutomatedReasoningPolicyBuildLogEntry$, AutomatedReasoningPolicyBuildMessageType, AutomatedReasoningPolicyBuildResultAssetManifest$, AutomatedReasoningPolicyBuildResultAssetManifestEntry$, AutomatedReasoningPolicyBuildResultAssetType, AutomatedReasoningPolicyBuildResultAssets$, AutomatedReasoningPolicyBuildStep$, AutomatedReasoningPolicyBuildStepContext$, AutomatedReasoningPolicyBuildStepMessage$, AutomatedReasoningPolicyBuildWorkflowDocument$, AutomatedReasoningPolicyBuildWorkflowRepairContent$, AutomatedReasoningPolicyBuildWorkflowSource$, AutomatedReasoningPolicyBuildWorkflowStatus, AutomatedReasoningPolicyBuildWorkflowSummary$, AutomatedReasoningPolicyBuildWorkflowType, AutomatedReasoningPolicyDefinition$, AutomatedReasoningPolicyDefinitionElement$, AutomatedReasoningPolicyDefinitionQualityReport$, AutomatedReasoningPolicyDefinitionRule$, AutomatedReasoningPolicyDefinitionType$, AutomatedReasoningPolicyDefinitionTypeValue$, AutomatedReasoningPolicyDefinitionTypeValuePair$, AutomatedReasoningPolicyDefinitionVariable$, AutomatedReasoningPolicyDeleteRuleAnnotation$, AutomatedReasoningPolicyDeleteRuleMutation$, AutomatedReasoningPolicyDeleteTypeAnnotation$, AutomatedReasoningPolicyDeleteTypeMutation$, AutomatedReasoningPolicyDeleteTypeValue$, AutomatedReasoningPolicyDeleteVariableAnnotation$, AutomatedReasoningPolicyDeleteVariableMutation$, AutomatedReasoningPolicyDisjointRuleSet$, AutomatedReasoningPolicyFidelityReport$, AutomatedReasoningPolicyGenerateFidelityReportContent$, AutomatedReasoningPolicyGeneratedTestCase$, AutomatedReasoningPolicyGeneratedTestCases$, AutomatedReasoningPolicyIngestContentAnnotation$, AutomatedReasoningPolicyIterativeRefinementContent$, AutomatedReasoningPolicyMutation$, AutomatedReasoningPolicyPlanning$, AutomatedReasoningPolicyReportSourceDocument$, AutomatedReasoningPolicyRuleReport$, AutomatedReasoningPolicyScenario$, AutomatedReasoningPolicyScenarios$, AutomatedReasoningPolicySourceDocument$, AutomatedReasoningPolicyStatementLocation$, AutomatedReasoningPolicyStatementReference$, AutomatedReasoningPolicySummary$, AutomatedReasoningPolicyTestCase$, AutomatedReasoningPolicyTestResult$, AutomatedReasoningPolicyTestRunResult, AutomatedReasoningPolicyTestRunStatus, AutomatedReasoningPolicyTypeValueAnnotation$, AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$, AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$, AutomatedReasoningPolicyUpdateRuleAnnotation$, AutomatedReasoningPolicyUpdateRuleMutation$, AutomatedReasoningPolicyUpdateTypeAnnotation$, AutomatedReasoningPolicyUpdateTypeMutation$, AutomatedReasoningPolicyUpdateTypeValue$, AutomatedReasoningPolicyUpdateVariableAnnotation$, AutomatedReasoningPolicyUpdateVariableMutation$, AutomatedReasoningPolicyVariableReport$, AutomatedReasoningPolicyWorkflowTypeContent$, BatchDeleteAdvancedPromptOptimizationJob$, BatchDeleteAdvancedPromptOptimizationJobCommand, BatchDeleteAdvancedPromptOptimizationJobError$, BatchDeleteAdvancedPromptOptimizationJobItem$, BatchDeleteAdvancedPromptOptimizationJobRequest$, BatchDeleteAdvancedPromptOptimizationJobResponse$, BatchDeleteEvaluationJob$, BatchDeleteEvaluationJobCommand, BatchDeleteEvaluationJobError$, BatchDeleteEvaluationJobItem$, BatchDeleteEvaluationJobRequest$, BatchDeleteEvaluationJobResponse$, Bedrock, BedrockEvaluatorModel$, BedrockServiceException, BedrockServiceException$, ByteContentDoc$, CancelAutomatedReasoningPolicyBuildWorkflow$, CancelAutomatedReasoningPolicyBuildWorkflowCommand, CancelAutomatedReasoningPolicyBuildWorkflowRequest$, CancelAutomatedReasoningPolicyBuildWorkflowResponse$, CloudWatchConfig$, CommitmentDuration, ConfigurationOwner, ConflictException, ConflictException$, CreateAdvancedPromptOptimizationJob$, CreateAdvancedPromptOptimizationJobCommand, CreateAdvancedPromptOptimizationJobRequest$, CreateAdvancedPromptOptimizationJobResponse$, CreateAutomatedReasoningPolicy$, CreateAutomatedReasoningPolicyCommand, CreateAutomatedReasoningPolicyRequest$, CreateAutomatedReasoningPolicyResponse$, CreateAutomatedReasoningPolicyTestCase$, CreateAutomatedReasoningPolicyTestCaseCommand, CreateAutomatedReasoningPolicyTestCaseRequest$, CreateAutomatedReasoningPolicyTestCaseResponse$, CreateAutomatedReasoningPolicyVersion$, CreateAutomatedReasoningPolicyVersionCommand, CreateAutomatedReasoningPolicyVersionRequest$, CreateAutomatedReasoningPolicyVersionResponse$, CreateCustomModel$, CreateCustomModelCommand, CreateCustomModelDeployment$, CreateCustomModelDeploymentCommand, CreateCustomModelDeploymentRequest$, CreateCustomModelDeploymentResponse$, CreateCustomModelRequest$, CreateCustomModelResponse$, CreateEvaluationJob$, CreateEvaluationJobCommand, CreateEvaluationJobRequest$, CreateEvaluationJobResponse$, CreateFoundationModelAgreement$, CreateFoundationModelAgreementCommand, CreateFoundationModelAgreementRequest$, CreateFoundationModelAgreementResponse$, CreateGuardrail$, CreateGuardrailCommand, CreateGuardrailRequest$, CreateGuardrailResponse$, CreateGuardrailVersion$, CreateGuardrailVersionCommand, CreateGuardrailVersionRequest$, CreateGuardrailVersionResponse$, CreateInferenceProfile$, CreateInferenceProfileCommand, CreateInferenceProfileRequest$, CreateInferenceProfileResponse$, CreateMarketplaceModelEndpoint$, CreateMarketplaceModelEndpointCommand, CreateMarketplaceModelEndpointRequest$, CreateMarketplaceModelEndpointResponse$, CreateModelCopyJob$, CreateModelCopyJobCommand, CreateModelCopyJobRequest$, CreateModelCopyJobResponse$, CreateModelCustomizationJob$, CreateModelCustomizationJobCommand, CreateModelCustomizationJobRequest$, CreateModelCustomizationJobResponse$, CreateModelImportJob$, CreateModelImportJobCommand, CreateModelImportJobRequest$, CreateModelImportJobResponse$, CreateModelInvocationJob$, CreateModelInvocationJobCommand, CreateModelInvocationJobRequest$, CreateModelInvocationJobResponse$, CreateProject$, CreateProjectCommand, CreateProjectRequest$, CreateProjectResponse$, CreatePromptRouter$, CreatePromptRouterCommand, CreatePromptRouterRequest$, CreatePromptRouterResponse$, CreateProvisionedModelThroughput$, CreateProvisionedModelThroughputCommand, CreateProvisionedModelThroughputRequest$, CreateProvisionedModelThroughputResponse$, CustomMetricBedrockEvaluatorModel$, CustomMetricDefinition$, CustomMetricEvaluatorModelConfig$, CustomModelDataSource$, CustomModelDeploymentStatus, CustomModelDeploymentSummary$, CustomModelDeploymentUpdateDetails$, CustomModelDeploymentUpdateStatus, CustomModelSummary$, CustomModelUnits$, CustomizationConfig$, CustomizationType, DataProcessingDetails$, DataRetentionMode, DataRetentionStorageConfiguration$, DataRetentionStorageDestination, DataRetentionStorageModelProvider, DataRetentionStorageResourceStatus, DataRetentionStorageScope, DeleteAccountDataRetentionStorage$, DeleteAccountDataRetentionStorageCommand, DeleteAccountDataRetentionStorageRequest$, DeleteAccountDataRetentionStorageResponse$, DeleteAutomatedReasoningPolicy$, DeleteAutomatedReasoningPolicyBuildWorkflow$, DeleteAutomatedReasoningPolicyBuildWorkflowCommand, DeleteAutomatedReasoningPolicyBuildWorkflowRequest$, DeleteAutomatedReasoningPolicyBuildWorkflowResponse$, DeleteAutomatedReasoningPolicyCommand, DeleteAutomatedReasoningPolicyRequest$, DeleteAutomatedReasoningPolicyResponse$, DeleteAutomatedReasoningPolicyTestCase$, DeleteAutomatedReasoningPolicyTestCaseCommand, DeleteAutomatedReasoningPolicyTestCaseRequest$, DeleteAutomatedReasoningPolicyTestCaseResponse$, DeleteCustomModel$, DeleteCustomModelCommand, DeleteCustomModelDeployment$, DeleteCustomModelDeploymentCommand, DeleteCustomModelDeploymentRequest$, DeleteCustomModelDeploymentResponse$, DeleteCustomModelRequest$, DeleteCustomModelResponse$, DeleteEnforcedGuardrailConfiguration$, DeleteEnforcedGuardrailConfigurationCommand, DeleteEnforcedGuardrailConfigurationRequest$, DeleteEnforcedGuardrailConfigurationResponse$, DeleteFoundationModelAgreement$, DeleteFoundationModelAgreementCommand, DeleteFoundationModelAgreementRequest$, DeleteFoundationModelAgreementResponse$, DeleteGuardrail$, DeleteGuardrailCommand, DeleteGuardrailRequest$, DeleteGuardrailResponse$, DeleteImportedModel$, DeleteImportedModelCommand, DeleteImportedModelRequest$, DeleteImportedModelResponse$, DeleteInferenceProfile$, DeleteInferenceProfileCommand, DeleteInferenceProfileRequest$, DeleteInferenceProfileResponse$, DeleteMarketplaceModelEndpoint$, DeleteMarketplaceModelEndpointCommand, DeleteMarketplaceModelEndpointRequest$, DeleteMarketplaceModelEndpointResponse$, DeleteModelInvocationLoggingConfiguration$, DeleteModelInvocationLoggingConfigurationCommand, DeleteModelInvocationLoggingConfigurationRequest$, DeleteModelInvocationLoggingConfigurationResponse$, DeleteOrganizationDataRetentionStorage$, DeleteOrganizationDataRetentionStorageCommand, DeleteOrganizationDataRetentionStorageRequest$, DeleteOrganizationDataRetentionStorageResponse$, DeleteProjectDataRetentionStorage$, DeleteProjectDataRetentionStorageCommand, DeleteProjectDataRetentionStorageRequest$, DeleteProjectDataRetentionStorageResponse$, DeletePromptRouter$, DeletePromptRouterCommand, DeletePromptRouterRequest$, DeletePromptRouterResponse$, DeleteProvisionedModelThroughput$, DeleteProvisionedModelThroughputCommand, DeleteProvisionedModelThroughputRequest$, DeleteProvisionedModelThroughputResponse$, DeleteResourcePolicy$, DeleteResourcePolicyCommand, DeleteResourcePolicyRequest$, DeleteResourcePolicyResponse$, DeregisterMarketplaceModelEndpoint$, DeregisterMarketplaceModelEndpointCommand, DeregisterMarketplaceModelEndpointRequest$, DeregisterMarketplaceModelEndpointResponse$, DimensionalPriceRate$, DistillationConfig$, EndpointConfig$, EntitlementAvailability, EvaluationBedrockModel$, EvaluationConfig$, EvaluationDataset$, EvaluationDatasetLocation$, EvaluationDatasetMetricConfig$, EvaluationInferenceConfig$, EvaluationInferenceConfigSummary$, EvaluationJobStatus, EvaluationJobType, EvaluationModelConfig$, EvaluationModelConfigSummary$, EvaluationOutputDataConfig$, EvaluationPrecomputedInferenceSource$, EvaluationPrecomputedRagSourceConfig$, EvaluationPrecomputedRetrieveAndGenerateSourceConfig$, EvaluationPrecomputedRetrieveSourceConfig$, EvaluationRagConfigSummary$, EvaluationSummary$, EvaluationTaskType, EvaluatorModelConfig$, ExportAutomatedReasoningPolicyVersion$, ExportAutomatedReasoningPolicyVersionCommand, ExportAutomatedReasoningPolicyVersionRequest$, ExportAutomatedReasoningPolicyVersionResponse$, ExternalSource$, ExternalSourceType, ExternalSourcesGenerationConfiguration$, ExternalSourcesRetrieveAndGenerateConfiguration$, FieldForReranking$, FilterAttribute$, FineTuningJobStatus, FoundationModelDetails$, FoundationModelLifecycle$, FoundationModelLifecycleStatus, FoundationModelSummary$, GenerationConfiguration$, GetAccountDataRetention$, GetAccountDataRetentionCommand, GetAccountDataRetentionRequest$, GetAccountDataRetentionResponse$, GetAccountDataRetentionStorage$, GetAccountDataRetentionStorageCommand, GetAccountDataRetentionStorageRequest$, GetAccountDataRetentionStorageResponse$, GetAdvancedPromptOptimizationJob$, GetAdvancedPromptOptimizationJobCommand, GetAdvancedPromptOptimizationJobRequest$, GetAdvancedPromptOptimizationJobResponse$, GetAutomatedReasoningPolicy$, GetAutomatedReasoningPolicyAnnotations$, GetAutomatedReasoningPolicyAnnotationsCommand, GetAutomatedReasoningPolicyAnnotationsRequest$, GetAutomatedReasoningPolicyAnnotationsResponse$, GetAutomatedReasoningPolicyBuildWorkflow$, GetAutomatedReasoningPolicyBuildWorkflowCommand, GetAutomatedReasoningPolicyBuildWorkflowRequest$, GetAutomatedReasoningPolicyBuildWorkflowResponse$, GetAutomatedReasoningPolicyBuildWorkflowResultAssets$, GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand, GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$, GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$, GetAutomatedReasoningPolicyCommand, GetAutomatedReasoningPolicyNextScenario$, GetAutomatedReasoningPolicyNextScenarioCommand, GetAutomatedReasoningPolicyNextScenarioRequest$, GetAutomatedReasoningPolicyNextScenarioResponse$, GetAutomatedReasoningPolicyRequest$, GetAutomatedReasoningPolicyResponse$, GetAutomatedReasoningPolicyTestCase$, GetAutomatedReasoningPolicyTestCaseCommand, GetAutomatedReasoningPolicyTestCaseRequest$, GetAutomatedReasoningPolicyTestCaseResponse$, GetAutomatedReasoningPolicyTestResult$, GetAutomatedReasoningPolicyTestResultCommand, GetAutomatedReasoningPolicyTestResultRequest$, GetAutomatedReasoningPolicyTestResultResponse$, GetCustomModel$, GetCustomModelCommand, GetCustomModelDeployment$, GetCustomModelDeploymentCommand, GetCustomModelDeploymentRequest$, GetCustomModelDeploymentResponse$, GetCustomModelRequest$, GetCustomModelResponse$, GetEvaluationJob$, GetEvaluationJobCommand, GetEvaluationJobRequest$, GetEvaluationJobResponse$, GetFoundationModel$, GetFoundationModelAvailability$, GetFoundationModelAvailabilityCommand, GetFoundationModelAvailabilityRequest$, GetFoundationModelAvailabilityResponse$, GetFoundationModelCommand, GetFoundationModelRequest$, GetFoundationModelResponse$, GetGuardrail$, GetGuardrailCommand, GetGuardrailRequest$, GetGuardrailResponse$, GetImportedModel$, GetImportedModelCommand, GetImportedModelRequest$, GetImportedModelResponse$, GetInferenceProfile$, GetInferenceProfileCommand, GetInferenceProfileRequest$, GetInferenceProfileResponse$, GetMarketplaceModelEndpoint$, GetMarketplaceModelEndpointCommand, GetMarketplaceModelEndpointRequest$, GetMarketplaceModelEndpointResponse$, GetModelCopyJob$, GetModelCopyJobCommand, GetModelCopyJobRequest$, GetModelCopyJobResponse$, GetModelCustomizationJob$, GetModelCustomizationJobCommand, GetModelCustomizationJobRequest$, GetModelCustomizationJobResponse$, GetModelImportJob$, GetModelImportJobCommand, GetModelImportJobRequest$, GetModelImportJobResponse$, GetModelInvocationJob$, GetModelInvocationJobCommand, GetModelInvocationJobRequest$, GetModelInvocationJobResponse$, GetModelInvocationLoggingConfiguration$, GetModelInvocationLoggingConfigurationCommand, GetModelInvocationLoggingConfigurationRequest$, GetModelInvocationLoggingConfigurationResponse$, GetOrganizationDataRetentionStorage$, GetOrganizationDataRetentionStorageCommand, GetOrganizationDataRetentionStorageRequest$, GetOrganizationDataRetentionStorageResponse$, GetProject$, GetProjectCommand, GetProjectDataRetentionStorage$, GetProjectDataRetentionStorageCommand, GetProjectDataRetentionStorageRequest$, GetProjectDataRetentionStorageResponse$, GetProjectRequest$, GetProjectResponse$, GetPromptRouter$, GetPromptRouterCommand, GetPromptRouterRequest$, GetPromptRouterResponse$, GetProvisionedModelThroughput$, GetProvisionedModelThroughputCommand, GetProvisionedModelThroughputRequest$, GetProvisionedModelThroughputResponse$, GetResourcePolicy$, GetResourcePolicyCommand, GetResourcePolicyRequest$, GetResourcePolicyResponse$, GetTrustedAccessProgram$, GetTrustedAccessProgramAccountEnrollment$, GetTrustedAccessProgramAccountEnrollmentCommand, GetTrustedAccessProgramAccountEnrollmentRequest$, GetTrustedAccessProgramAccountEnrollmentResponse$, GetTrustedAccessProgramCommand, GetTrustedAccessProgramOrganizationEnrollment$, GetTrustedAccessProgramOrganizationEnrollmentCommand, GetTrustedAccessProgramOrganizationEnrollmentRequest$, GetTrustedAccessProgramOrganizationEnrollmentResponse$, GetTrustedAccessProgramProjectEnrollment$, GetTrustedAccessProgramProjectEnrollmentCommand, GetTrustedAccessProgramProjectEnrollmentRequest$, GetTrustedAccessProgramProjectEnrollmentResponse$, GetTrustedAccessProgramRequest$, GetTrustedAccessProgramResponse$, GetUseCaseForModelAccess$, GetUseCaseForModelAccessCommand, GetUseCaseForModelAccessRequest$, GetUseCaseForModelAccessResponse$, GraderConfig$, GuardrailAutomatedReasoningPolicy$, GuardrailAutomatedReasoningPolicyConfig$, GuardrailConfiguration$, GuardrailContentFilter$, GuardrailContentFilterAction, GuardrailContentFilterConfig$, GuardrailContentFilterType, GuardrailContentFiltersTier$, GuardrailContentFiltersTierConfig$, GuardrailContentFiltersTierName, GuardrailContentPolicy$, GuardrailContentPolicyConfig$, GuardrailContextualGroundingAction, GuardrailContextualGroundingFilter$, GuardrailContextualGroundingFilterConfig$, GuardrailContextualGroundingFilterType, GuardrailContextualGroundingPolicy$, GuardrailContextualGroundingPolicyConfig$, GuardrailContextualGroundingTier$, GuardrailContextualGroundingTierConfig$, GuardrailContextualGroundingTierName, GuardrailCrossRegionConfig$, GuardrailCrossRegionDetails$, GuardrailFilterStrength, GuardrailManagedWords$, GuardrailManagedWordsConfig$, GuardrailManagedWordsType, GuardrailModality, GuardrailPiiEntity$, GuardrailPiiEntityConfig$, GuardrailPiiEntityType, GuardrailRegex$, GuardrailRegexConfig$, GuardrailSensitiveInformationAction, GuardrailSensitiveInformationPolicy$, GuardrailSensitiveInformationPolicyConfig$, GuardrailStatus, GuardrailSummary$, GuardrailTopic$, GuardrailTopicAction, GuardrailTopicConfig$, GuardrailTopicPolicy$, GuardrailTopicPolicyConfig$, GuardrailTopicType, GuardrailTopicsTier$, GuardrailTopicsTierConfig$, GuardrailTopicsTierName, GuardrailWord$, GuardrailWordAction, GuardrailWordConfig$, GuardrailWordPolicy$, GuardrailWordPolicyConfig$, HumanEvaluationConfig$, HumanEvaluationCustomMetric$, HumanWorkflowConfig$, ImplicitFilterConfiguration$, ImportedModelSummary$, InferenceConfiguration$, InferenceProfileModel$, InferenceProfileModelSource$, InferenceProfileStatus, InferenceProfileSummary$, InferenceProfileType, InferenceType, InputTags, InternalServerException, InternalServerException$, InvocationLogSource$, InvocationLogsConfig$, JobStatusDetails, KbInferenceConfig$, KnowledgeBaseConfig$, KnowledgeBaseRetrievalConfiguration$, KnowledgeBaseRetrieveAndGenerateConfiguration$, KnowledgeBaseVectorSearchConfiguration$, LambdaGraderConfig$, LegalTerm$, ListAdvancedPromptOptimizationJobs$, ListAdvancedPromptOptimizationJobsCommand, ListAdvancedPromptOptimizationJobsRequest$, ListAdvancedPromptOptimizationJobsResponse$, ListAutomatedReasoningPolicies$, ListAutomatedReasoningPoliciesCommand, ListAutomatedReasoningPoliciesRequest$, ListAutomatedReasoningPoliciesResponse$, ListAutomatedReasoningPolicyBuildWorkflows$, ListAutomatedReasoningPolicyBuildWorkflowsCommand, ListAutomatedReasoningPolicyBuildWorkflowsRequest$, ListAutomatedReasoningPolicyBuildWorkflowsResponse$, ListAutomatedReasoningPolicyTestCases$, ListAutomatedReasoningPolicyTestCasesCommand, ListAutomatedReasoningPolicyTestCasesRequest$, ListAutomatedReasoningPolicyTestCasesResponse$, ListAutomatedReasoningPolicyTestResults$, ListAutomatedReasoningPolicyTestResultsCommand, ListAutomatedReasoningPolicyTestResultsRequest$, ListAutomatedReasoningPolicyTestResultsResponse$, ListCustomModelDeployments$, ListCustomModelDeploymentsCommand, ListCustomModelDeploymentsRequest$, ListCustomModelDeploymentsResponse$, ListCustomModels$, ListCustomModelsCommand, ListCustomModelsRequest$, ListCustomModelsResponse$, ListEnforcedGuardrailsConfiguration$, ListEnforcedGuardrailsConfigurationCommand, ListEnforcedGuardrailsConfigurationRequest$, ListEnforcedGuardrailsConfigurationResponse$, ListEvaluationJobs$, ListEvaluationJobsCommand, ListEvaluationJobsRequest$, ListEvaluationJobsResponse$, ListFoundationModelAgreementOffers$, ListFoundationModelAgreementOffersCommand, ListFoundationModelAgreementOffersRequest$, ListFoundationModelAgreementOffersResponse$, ListFoundationModels$, ListFoundationModelsCommand, ListFoundationModelsRequest$, ListFoundationModelsResponse$, ListGuardrails$, ListGuardrailsCommand, ListGuardrailsRequest$, ListGuardrailsResponse$, ListImportedModels$, ListImportedModelsCommand, ListImportedModelsRequest$, ListImportedModelsResponse$, ListInferenceProfiles$, ListInferenceProfilesCommand, ListInferenceProfilesRequest$, ListInferenceProfilesResponse$, ListMarketplaceModelEndpoints$, ListMarketplaceModelEndpointsCommand, ListMarketplaceModelEndpointsRequest$, ListMarketplaceModelEndpointsResponse$, ListModelCopyJobs$, ListModelCopyJobsCommand, ListModelCopyJobsRequest$, ListModelCopyJobsResponse$, ListModelCustomizationJobs$, ListModelCustomizationJobsCommand, ListModelCustomizationJobsRequest$, ListModelCustomizationJobsResponse$, ListModelImportJobs$, ListModelImportJobsCommand, ListModelImportJobsRequest$, ListModelImportJobsResponse$, ListModelInvocationJobs$, ListModelInvocationJobsCommand, ListModelInvocationJobsRequest$, ListModelInvocationJobsResponse$, ListProjects$, ListProjectsCommand, ListProjectsRequest$, ListProjectsResponse$, ListPromptRouters$, ListPromptRoutersCommand, ListPromptRoutersRequest$, ListPromptRoutersResponse$, ListProvisionedModelThroughputs$, ListProvisionedModelThroughputsCommand, ListProvisionedModelThroughputsRequest$, ListProvisionedModelThroughputsResponse$, ListTagsForResource$, ListTagsForResourceCommand, ListTagsForResourceRequest$, ListTagsForResourceResponse$, ListTrustedAccessPrograms$, ListTrustedAccessProgramsCommand, ListTrustedAccessProgramsRequest$, ListTrustedAccessProgramsResponse$, LoggingConfig$, MarketplaceModelEndpoint$, MarketplaceModelEndpointSummary$, MetadataAttributeSchema$, MetadataConfigurationForReranking$, ModelConfiguration$, ModelCopyJobStatus, ModelCopyJobSummary$, ModelCustomization, ModelCustomizationJobStatus, ModelCustomizationJobSummary$, ModelDataSource$, ModelEnforcement$, ModelImportJobStatus, ModelImportJobSummary$, ModelInvocationJobInputDataConfig$, ModelInvocationJobOutputDataConfig$, ModelInvocationJobS3InputDataConfig$, ModelInvocationJobS3OutputDataConfig$, ModelInvocationJobStatus, ModelInvocationJobSummary$, ModelInvocationType, ModelModality, ModelPackageArnDataSource$, ModelStatus, Offer$, OfferType, OrchestrationConfiguration$, OutputDataConfig$, PerformanceConfigLatency, PerformanceConfiguration$, PricingTerm$, ProjectDataRetention$, ProjectStatus, ProjectSummary$, PromptRouterStatus, PromptRouterSummary$, PromptRouterTargetModel$, PromptRouterType, PromptTemplate$, ProvisionedModelStatus, ProvisionedModelSummary$, PutAccountDataRetention$, PutAccountDataRetentionCommand, PutAccountDataRetentionRequest$, PutAccountDataRetentionResponse$, PutAccountDataRetentionStorage$, PutAccountDataRetentionStorageCommand, PutAccountDataRetentionStorageRequest$, PutAccountDataRetentionStorageResponse$, PutEnforcedGuardrailConfiguration$, PutEnforcedGuardrailConfigurationCommand, PutEnforcedGuardrailConfigurationRequest$, PutEnforcedGuardrailConfigurationResponse$, PutModelInvocationLoggingConfiguration$, PutModelInvocationLoggingConfigurationCommand, PutModelInvocationLoggingConfigurationRequest$, PutModelInvocationLoggingConfigurationResponse$, PutOrganizationDataRetentionStorage$, PutOrganizationDataRetentionStorageCommand, PutOrganizationDataRetentionStorageRequest$, PutOrganizationDataRetentionStorageResponse$, PutProjectDataRetentionStorage$, PutProjectDataRetentionStorageCommand, PutProjectDataRetentionStorageRequest$, PutProjectDataRetentionStorageResponse$, PutResourcePolicy$, PutResourcePolicyCommand, PutResourcePolicyRequest$, PutResourcePolicyResponse$, PutTrustedAccessProgramAccountEnrollment$, PutTrustedAccessProgramAccountEnrollmentCommand, PutTrustedAccessProgramAccountEnrollmentRequest$, PutTrustedAccessProgramAccountEnrollmentResponse$, PutTrustedAccessProgramOrganizationEnrollment$, PutTrustedAccessProgramOrganizationEnrollmentCommand, PutTrustedAccessProgramOrganizationEnrollmentRequest$, PutTrustedAccessProgramOrganizationEnrollmentResponse$, PutTrustedAccessProgramProjectEnrollment$, PutTrustedAccessProgramProjectEnrollmentCommand, PutTrustedAccessProgramProjectEnrollmentRequest$, PutTrustedAccessProgramProjectEnrollmentResponse$, PutUseCaseForModelAccess$, PutUseCaseForModelAccessCommand, PutUseCaseForModelAccessRequest$, PutUseCaseForModelAccessResponse$, QueryTransformationConfiguration$, QueryTransformationType, RAGConfig$, RFTConfig$, RFTHyperParameters$, RatingScaleItem$, RatingScaleItemValue$, ReasoningEffort, RegionAvailability, RegisterMarketplaceModelEndpoint$, RegisterMarketplaceModelEndpointCommand, RegisterMarketplaceModelEndpointRequest$, RegisterMarketplaceModelEndpointResponse$, RequestMetadataBaseFilters$, RequestMetadataFilters$, RerankingMetadataSelectionMode, RerankingMetadataSelectiveModeConfiguration$, ResourceInUseException, ResourceInUseException$, ResourceNotFoundException, ResourceNotFoundException$, RetrievalFilter$, RetrieveAndGenerateConfiguration$, RetrieveAndGenerateType, RetrieveConfig$, RoutingCriteria$, S3Config$, S3DataSource$, S3InputFormat, S3ObjectDoc$, SageMakerEndpoint$, SearchType, SelectiveContentGuarding$, SelectiveGuardingMode, ServiceQuotaExceededException, ServiceQuotaExceededException$, ServiceUnavailableException, ServiceUnavailableException$, SortByProvisionedModels, SortJobsBy, SortModelsBy, SortOrder, StartAutomatedReasoningPolicyBuildWorkflow$, StartAutomatedReasoningPolicyBuildWorkflowCommand, StartAutomatedReasoningPolicyBuildWorkflowRequest$, StartAutomatedReasoningPolicyBuildWorkflowResponse$, StartAutomatedReasoningPolicyTestWorkflow$, StartAutomatedReasoningPolicyTestWorkflowCommand, StartAutomatedReasoningPolicyTestWorkflowRequest$, StartAutomatedReasoningPolicyTestWorkflowResponse$, StartTrustedAccessProgramAccountApplication$, StartTrustedAccessProgramAccountApplicationCommand, StartTrustedAccessProgramAccountApplicationRequest$, StartTrustedAccessProgramAccountApplicationResponse$, StartTrustedAccessProgramOrganizationApplication$, StartTrustedAccessProgramOrganizationApplicationCommand, StartTrustedAccessProgramOrganizationApplicationRequest$, StartTrustedAccessProgramOrganizationApplicationResponse$, StartTrustedAccessProgramProjectApplication$, StartTrustedAccessProgramProjectApplicationCommand, StartTrustedAccessProgramProjectApplicationRequest$, StartTrustedAccessProgramProjectApplicationResponse$, Status, StatusDetails$, StopAdvancedPromptOptimizationJob$, StopAdvancedPromptOptimizationJobCommand, StopAdvancedPromptOptimizationJobRequest$, StopAdvancedPromptOptimizationJobResponse$, StopEvaluationJob$, StopEvaluationJobCommand, StopEvaluationJobRequest$, StopEvaluationJobResponse$, StopModelCustomizationJob$, StopModelCustomizationJobCommand, StopModelCustomizationJobRequest$, StopModelCustomizationJobResponse$, StopModelInvocationJob$, StopModelInvocationJobCommand, StopModelInvocationJobRequest$, StopModelInvocationJobResponse$, SupportTerm$, Tag$, TagResource$, TagResourceCommand, TagResourceRequest$, TagResourceResponse$, TeacherModelConfig$, TermDetails$, TextInferenceConfig$, ThrottlingException, ThrottlingException$, TooManyTagsException, TooManyTagsException$, TrainingDataConfig$, TrainingDetails$, TrainingMetrics$, TrustedAccessProgramApplicationResult$, TrustedAccessProgramOptIn, TrustedAccessProgramProviderHandoff$, TrustedAccessProgramScope, TrustedAccessProgramStatus, TrustedAccessProgramSummary$, TrustedAccessResolutionContext$, UntagResource$, UntagResourceCommand, UntagResourceRequest$, UntagResourceResponse$, UpdateAutomatedReasoningPolicy$, UpdateAutomatedReasoningPolicyAnnotations$, UpdateAutomatedReasoningPolicyAnnotationsCommand, UpdateAutomatedReasoningPolicyAnnotationsRequest$, UpdateAutomatedReasoningPolicyAnnotationsResponse$, UpdateAutomatedReasoningPolicyCommand, UpdateAutomatedReasoningPolicyRequest$, UpdateAutomatedReasoningPolicyResponse$, UpdateAutomatedReasoningPolicyTestCase$, UpdateAutomatedReasoningPolicyTestCaseCommand, UpdateAutomatedReasoningPolicyTestCaseRequest$, UpdateAutomatedReasoningPolicyTestCaseResponse$, UpdateCustomModelDeployment$, UpdateCustomModelDeploymentCommand, UpdateCustomModelDeploymentRequest$, UpdateCustomModelDeploymentResponse$, UpdateGuardrail$, UpdateGuardrailCommand, UpdateGuardrailRequest$, UpdateGuardrailResponse$, UpdateMarketplaceModelEndpoint$, UpdateMarketplaceModelEndpointCommand, UpdateMarketplaceModelEndpointRequest$, UpdateMarketplaceModelEndpointResponse$, UpdateProject$, UpdateProjectCommand, UpdateProjectRequest$, UpdateProjectResponse$, UpdateProvisionedModelThroughput$, UpdateProvisionedModelThroughputCommand, UpdateProvisionedModelThroughputRequest$, UpdateProvisionedModelThroughputResponse$, ValidationDataConfig$, ValidationDetails$, ValidationException, ValidationException$, Validator$, ValidatorMetric$, ValidityTerm$, VectorSearchBedrockRerankingConfiguration$, VectorSearchBedrockRerankingModelConfiguration$, VectorSearchRerankingConfiguration$, VectorSearchRerankingConfigurationType, VpcConfig$, __Client, errorTypeRegistries, paginateListAdvancedPromptOptimizationJobs, paginateListAutomatedReasoningPolicies, paginateListAutomatedReasoningPolicyBuildWorkflows, paginateListAutomatedReasoningPolicyTestCases, paginateListAutomatedReasoningPolicyTestResults, paginateListCustomModelDeployments, paginateListCustomModels, paginateListEnforcedGuardrailsConfiguration, paginateListEvaluationJobs, paginateListGuardrails, paginateListImportedModels, paginateListInferenceProfiles, paginateListMarketplaceModelEndpoints, paginateListModelCopyJobs, paginateListModelCustomizationJobs, paginateListModelImportJobs, paginateListModelInvocationJobs, paginateListProjects, paginateListPromptRouters, paginateListProvisionedModelThroughputs, paginateListTrustedAccessPrograms

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var submodules_config = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(3422);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(7523);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/auth/httpAuthSchemeProvider.js



const defaultBedrockHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,submodules_client.getSmithyContext)(context).operation,
        region: await (0,submodules_client.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "bedrock",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
function createSmithyApiHttpBearerAuthHttpAuthOption(authParameters) {
    return {
        schemeId: "smithy.api#httpBearerAuth",
        propertiesExtractor: ({ profile, filepath, configFilepath, ignoreCache, }, context) => ({
            identityProperties: {
                profile,
                filepath,
                configFilepath,
                ignoreCache,
            },
        }),
    };
}
const defaultBedrockHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
            options.push(createSmithyApiHttpBearerAuthHttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const token = (0,dist_cjs.memoizeIdentityProvider)(config.token, dist_cjs.isIdentityExpired, dist_cjs.doesIdentityRequireRefresh);
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,submodules_client.normalizeProvider)(config.authSchemePreference ?? []),
        token,
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(4570);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/package.json
const package_namespaceObject = {"rE":"3.1178.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/fromEnvSigningName.js



const fromEnvSigningName = ({ logger, signingName } = {}) => async () => {
    logger?.debug?.("@aws-sdk/token-providers - fromEnvSigningName");
    if (!signingName) {
        throw new submodules_config.TokenProviderError("Please pass 'signingName' to compute environment variable key", { logger });
    }
    const bearerTokenKey = (0,httpAuthSchemes.getBearerTokenEnvKey)(signingName);
    if (!(bearerTokenKey in process.env)) {
        throw new submodules_config.TokenProviderError(`Token not present in '${bearerTokenKey}' environment variable`, { logger });
    }
    const token = { token: process.env[bearerTokenKey] };
    (0,client.setTokenFeature)(token, "BEARER_SERVICE_ENV_VARS", "3");
    return token;
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/constants.js
const EXPIRE_WINDOW_MS = 5 * 60 * 1000;
const REFRESH_MESSAGE = `To refresh this SSO session run 'aws sso login' with the corresponding profile.`;

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/getSsoOidcClient.js
const getSsoOidcClient = async (ssoRegion, init = {}, callerClientConfig) => {
    const { SSOOIDCClient } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 9443, 19));
    const coalesce = (prop) => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
    const ssoOidcClient = new SSOOIDCClient(Object.assign({}, init.clientConfig ?? {}, {
        region: ssoRegion ?? init.clientConfig?.region,
        logger: coalesce("logger"),
        userAgentAppId: coalesce("userAgentAppId"),
    }));
    return ssoOidcClient;
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/getNewSsoOidcToken.js

const getNewSsoOidcToken = async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
    const { CreateTokenCommand } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 9443, 19));
    const ssoOidcClient = await getSsoOidcClient(ssoRegion, init, callerClientConfig);
    return ssoOidcClient.send(new CreateTokenCommand({
        clientId: ssoToken.clientId,
        clientSecret: ssoToken.clientSecret,
        refreshToken: ssoToken.refreshToken,
        grantType: "refresh_token",
    }));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/validateTokenExpiry.js


const validateTokenExpiry = (token) => {
    if (token.expiration && token.expiration.getTime() < Date.now()) {
        throw new submodules_config.TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, false);
    }
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/validateTokenKey.js


const validateTokenKey = (key, value, forRefresh = false) => {
    if (typeof value === "undefined") {
        throw new submodules_config.TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, false);
    }
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/writeSSOTokenToFile.js


const { writeFile } = external_node_fs_.promises;
const writeSSOTokenToFile = (id, ssoToken) => {
    const tokenFilepath = (0,submodules_config.getSSOTokenFilepath)(id);
    const tokenString = JSON.stringify(ssoToken, null, 2);
    return writeFile(tokenFilepath, tokenString);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/fromSso.js






const lastRefreshAttemptTimes = new Map();
const inFlightRefreshes = new Map();
const fromSso = (init = {}) => async ({ callerClientConfig } = {}) => {
    init.logger?.debug("@aws-sdk/token-providers - fromSso");
    const profiles = await (0,submodules_config.parseKnownFiles)(init);
    const profileName = (0,submodules_config.getProfileName)({
        profile: init.profile ?? callerClientConfig?.profile,
    });
    const profile = profiles[profileName];
    if (!profile) {
        throw new submodules_config.TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, false);
    }
    else if (!profile["sso_session"]) {
        throw new submodules_config.TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
    }
    const ssoSessionName = profile["sso_session"];
    const inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
    if (inFlightRefresh) {
        return await inFlightRefresh;
    }
    const ssoSessions = await (0,submodules_config.loadSsoSessionData)(init);
    const ssoSession = ssoSessions[ssoSessionName];
    if (!ssoSession) {
        throw new submodules_config.TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, false);
    }
    for (const ssoSessionRequiredKey of ["sso_start_url", "sso_region"]) {
        if (!ssoSession[ssoSessionRequiredKey]) {
            throw new submodules_config.TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, false);
        }
    }
    const ssoStartUrl = ssoSession["sso_start_url"];
    const ssoRegion = ssoSession["sso_region"];
    let ssoToken;
    try {
        ssoToken = await (0,submodules_config.getSSOTokenFromFile)(ssoSessionName);
    }
    catch (e) {
        throw new submodules_config.TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, false);
    }
    validateTokenKey("accessToken", ssoToken.accessToken);
    validateTokenKey("expiresAt", ssoToken.expiresAt);
    const { accessToken, expiresAt } = ssoToken;
    const existingToken = {
        token: accessToken,
        expiration: new Date(expiresAt),
    };
    if (existingToken.expiration.getTime() - Date.now() > EXPIRE_WINDOW_MS) {
        return existingToken;
    }
    const inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
    if (inFlightRefreshAfterReadingToken) {
        return await inFlightRefreshAfterReadingToken;
    }
    const lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
    if (Date.now() - lastRefreshAttemptTime < 30 * 1000) {
        validateTokenExpiry(existingToken);
        return existingToken;
    }
    validateTokenKey("clientId", ssoToken.clientId, true);
    validateTokenKey("clientSecret", ssoToken.clientSecret, true);
    validateTokenKey("refreshToken", ssoToken.refreshToken, true);
    const refresh = (async () => {
        try {
            lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
            const newSsoOidcToken = await getNewSsoOidcToken(ssoToken, ssoRegion, init, callerClientConfig);
            validateTokenKey("accessToken", newSsoOidcToken.accessToken);
            validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
            const newTokenExpiration = new Date(Date.now() + newSsoOidcToken.expiresIn * 1000);
            try {
                await writeSSOTokenToFile(ssoSessionName, {
                    ...ssoToken,
                    accessToken: newSsoOidcToken.accessToken,
                    expiresAt: newTokenExpiration.toISOString(),
                    refreshToken: newSsoOidcToken.refreshToken,
                });
            }
            catch (error) {
            }
            return {
                token: newSsoOidcToken.accessToken,
                expiration: newTokenExpiration,
            };
        }
        catch (error) {
            validateTokenExpiry(existingToken);
            return existingToken;
        }
    })();
    inFlightRefreshes.set(ssoSessionName, refresh);
    try {
        return await refresh;
    }
    finally {
        inFlightRefreshes.delete(ssoSessionName);
    }
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/token-providers/dist-es/nodeProvider.js


const nodeProvider = (init = {}) => (0,submodules_config.memoize)((0,submodules_config.chain)(fromSso(init), async () => {
    throw new submodules_config.TokenProviderError("Could not load token from any providers", false);
}), (token) => token.expiration !== undefined && token.expiration.getTime() - Date.now() < 300000, (token) => token.expiration !== undefined);

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 6 modules
var node_http_handler = __webpack_require__(2254);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(7288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/endpoint/bdd.js

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://bedrock-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://bedrock-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://bedrock.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://bedrock.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/endpoint/endpointResolver.js



const cache = new endpoints.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,endpoints.decideEndpoint)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(9828);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/runtimeConfig.shared.js










const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2023-04-20",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBedrockHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
            {
                schemeId: "smithy.api#httpBearerAuth",
                identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#httpBearerAuth"),
                signer: new dist_cjs.HttpBearerAuthSigner(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        protocol: config?.protocol ?? submodules_protocols.AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.bedrock",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            version: "2023-04-20",
            serviceTarget: "AmazonBedrockControlPlaneService",
        },
        serviceId: config?.serviceId ?? "Bedrock",
        sha256: config?.sha256 ?? checksum.Sha256,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/runtimeConfig.js












const runtimeConfig_getRuntimeConfig = (config) => {
    (0,submodules_client.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0,submodules_config.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
        signingName: "bedrock",
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultSocketTimeout: (0,client.getDefaultSocketTimeout)(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
            {
                schemeId: "smithy.api#httpBearerAuth",
                identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#httpBearerAuth") || (async (idProps) => {
                    try {
                        return await fromEnvSigningName({ signingName: "bedrock" })();
                    }
                    catch (error) {
                        return await nodeProvider(idProps)(idProps);
                    }
                }),
                signer: new dist_cjs.HttpBearerAuthSigner(),
            },
        ],
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    let _token = runtimeConfig.token;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
        setToken(token) {
            _token = token;
        },
        token() {
            return _token;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
        token: config.token(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/BedrockClient.js













class BedrockClient extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0,retry.resolveRetryConfig)(_config_2);
        const _config_4 = (0,submodules_config.resolveRegionConfig)(_config_3);
        const _config_5 = (0,client.resolveHostHeaderConfig)(_config_4);
        const _config_6 = (0,endpoints.resolveEndpointConfig)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0,retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0,protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0,client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0,client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0,client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0,dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultBedrockHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
                "smithy.api#httpBearerAuth": config.token,
            }),
        }));
        this.middlewareStack.use((0,dist_cjs.getHttpSigningPlugin)(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-es/index.js













/***/ })

};
