import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Progress, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Refusal } from '../../components/Refusal';
import { useLanguage, usePageT } from '../../i18n/locale';
import { MATERIAL_PARTS, MATERIAL_TYPE_NAMES, PART_NAMES, type DeclaredMaterial } from './materials';
import { MESSAGES } from './messages';
import { download, EVIDENCE_ACCEPT, putFile } from './transfer';

/**
 * Each declared material with the parts it must show (R-RV-6), and, while the applicant may still
 * change the declaration, an upload for each part with its progress.
 */
export function MaterialUploads({ declarationId, materials, editable }: { declarationId: string; materials: DeclaredMaterial[]; editable: boolean }) {
  const t = usePageT(MESSAGES);
  const { language } = useLanguage();
  return (
    <Flex vertical gap={12}>
      {materials.map((material, index) => (
        <Card
          key={index}
          size="small"
          title={`${MATERIAL_TYPE_NAMES[material.type]?.[language] ?? material.type} · ${material.title}`}
          extra={<Tag color={material.firstPageStamped ? 'success' : 'warning'}>{t(material.firstPageStamped ? 'material.stamped' : 'material.notStamped')}</Tag>}
        >
          <Flex vertical gap={8}>
            {(MATERIAL_PARTS[material.type] ?? []).map((part) => (
              <PartUpload key={part} declarationId={declarationId} index={index} part={part} uploaded={material.parts.includes(part)} editable={editable} />
            ))}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

function PartUpload({ declarationId, index, part, uploaded, editable }: { declarationId: string; index: number; part: string; uploaded: boolean; editable: boolean }) {
  const t = usePageT(MESSAGES);
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [percent, setPercent] = useState<number>();
  const [error, setError] = useState<unknown>();
  const name = PART_NAMES[part]?.[language] ?? part;
  const busy = percent !== undefined && percent < 100 && !error;
  const url = `/api/intake/declarations/${declarationId}/materials/${index}/parts/${part}`;
  // Every reader of the declaration may open its files (intake checks who, and records an expert's reads).
  const open = useMutation({ mutationFn: () => download(url, `${declarationId.slice(0, 8)}-${index}-${part}`) });

  const send = async (file: File) => {
    setError(undefined);
    setPercent(0);
    try {
      await putFile(url, file, setPercent);
      await queryClient.invalidateQueries({ queryKey: ['declaration', declarationId] });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div data-testid={`part-${index}-${part}`}>
      <Flex align="center" gap={12} wrap>
        <Typography.Text style={{ minWidth: 180 }}>{name}</Typography.Text>
        <Tag color={uploaded ? 'success' : 'default'}>{t(uploaded ? 'upload.done' : 'upload.missing')}</Tag>
        {uploaded && (
          <Button size="small" loading={open.isPending} onClick={() => open.mutate()}>
            {t('view', { name })}
          </Button>
        )}
        {editable && (
          // The file goes out as it is (customRequest): one PUT per part, with its progress.
          <Upload accept={EVIDENCE_ACCEPT} showUploadList={false} customRequest={({ file }) => void send(file as File)} disabled={busy}>
            <Button size="small" loading={busy} aria-label={`${t(uploaded ? 'upload.replace' : 'upload')}: ${name}`}>
              {t(uploaded ? 'upload.replace' : 'upload')}
            </Button>
          </Upload>
        )}
        {percent !== undefined && (
          <Progress
            style={{ width: 200, margin: 0 }}
            size="small"
            percent={percent}
            status={error ? 'exception' : percent === 100 ? 'success' : 'active'}
            format={(value) => `${value ?? 0}%`}
            aria-label={t('upload.progress', { part: name })}
          />
        )}
      </Flex>
      <Refusal error={error ?? open.error} />
    </div>
  );
}
